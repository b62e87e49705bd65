# The CI recipes of docs/ci/ run locally against a fixture git repository,
# and the pull-request comment's limits (size, hostile names).
add_test(NAME ci_recipes COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_ci.sh $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR})
set_tests_properties(ci_recipes PROPERTIES TIMEOUT 300)
