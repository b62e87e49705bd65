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
