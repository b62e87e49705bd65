# rollgate review (src/review, src/run/review.c): golden CSV and findings
# of hand-written migration cases, bad input (test_review.sh); a plan's own
# files fed back agree with the plan (test_review_roundtrip.sh); the
# review's locks, rewrites and query verdicts against a real PostgreSQL 15
# (test_review_pg.py); side by side with squawk when it is installed
# (test_review_squawk.sh).
add_test(NAME review_roundtrip COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_review_roundtrip.sh $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR})
set_tests_properties(review_roundtrip PROPERTIES TIMEOUT 600)
add_test(NAME review COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_review.sh $<TARGET_FILE:rollgate> ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(review PROPERTIES TIMEOUT 300)
find_program(RG_REVIEW_PSQL psql)
find_package(Python3 COMPONENTS Interpreter QUIET)
if(RG_REVIEW_PSQL AND Python3_Interpreter_FOUND)
  add_test(NAME review_pg COMMAND ${CMAKE_SOURCE_DIR}/tests/pg/cluster.sh run ${Python3_EXECUTABLE}
           ${CMAKE_CURRENT_LIST_DIR}/test_review_pg.py $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR})
  set_tests_properties(review_pg PROPERTIES LABELS "pg" TIMEOUT 600)
else()
  rg_skipped_test(review_pg "psql or python3 not found")
endif()
find_program(RG_SQUAWK squawk HINTS ${CMAKE_CURRENT_LIST_DIR}/node_modules/.bin NO_CACHE)
if(RG_SQUAWK AND Python3_Interpreter_FOUND)
  add_test(NAME review_squawk COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/test_review_squawk.py
           $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR} ${RG_SQUAWK})
  set_tests_properties(review_squawk PROPERTIES TIMEOUT 300)
else()
  rg_skipped_test(review_squawk "squawk not installed (cd tests/review && npm install, or squawk on PATH)")
endif()
