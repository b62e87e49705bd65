# Planner tests: golden plans of every safe shape, the bundled shop and blog
# examples, determinism, the plan's catalog self-check and bad input
# (test_plan.sh).
add_test(NAME plan COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_plan.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(plan PROPERTIES TIMEOUT 600)
