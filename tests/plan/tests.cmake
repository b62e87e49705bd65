# Planner tests (engineer `planner`): golden plans of every safe shape, the
# bundled shop example and the shared blog example, determinism, the
# plan's catalog self-check and bad input (test_plan.sh).
get_filename_component(RG_PLAN_SHARED ${CMAKE_SOURCE_DIR}/../shared ABSOLUTE)
add_test(NAME plan COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_plan.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR} ${RG_PLAN_SHARED})
set_tests_properties(plan PROPERTIES TIMEOUT 600)
