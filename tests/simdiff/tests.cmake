# Differential tests of the simulator against a real PostgreSQL 15: run.sh
# compares `rollgate check` with the server's own verdict (PREPARE +
# EXPLAIN EXECUTE) on every query of the query-shape suite in
# tests/simdiff/{schemas,queries}; stages.sh plans the blog example and every
# e2e scenario, applies the plan stage by stage and compares each live query's
# server verdict with compatibility.csv.
find_program(RG_SIMDIFF_PSQL psql)
if(RG_SIMDIFF_PSQL)
  add_test(NAME simdiff_queries
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(simdiff_queries PROPERTIES LABELS "pg" TIMEOUT 900)
  add_test(NAME simdiff_stages
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/stages.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(simdiff_stages PROPERTIES LABELS "pg" TIMEOUT 1800)
else()
  rg_skipped_test(simdiff_queries "psql not found (install postgresql-15)")
  rg_skipped_test(simdiff_stages "psql not found (install postgresql-15)")
endif()
