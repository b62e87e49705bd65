# The pipeline (src/run): a run's outputs published as one unit (the lock,
# stale files, SIGKILL and Ctrl-C before the swap, exit 2 writing nothing;
# test_outputs.sh), and on a real PostgreSQL 15 that plan, verify and
# plan --verify build the same plan, and that verify reports a plan's
# error findings and still replays it (test_pipeline_pg.sh).
add_test(NAME run_outputs COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_outputs.sh $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR})
set_tests_properties(run_outputs PROPERTIES TIMEOUT 300)
find_program(RG_RUN_PSQL psql)
if(RG_RUN_PSQL)
  add_test(NAME run_pipeline_pg
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_pipeline_pg.sh $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR})
  set_tests_properties(run_pipeline_pg PROPERTIES LABELS "pg" TIMEOUT 900)
else()
  message(STATUS "psql not found: run_pipeline_pg skipped")
endif()
