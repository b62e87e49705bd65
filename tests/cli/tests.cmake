# CLI and diff tests (engineer `cli`): the diff unit test on hand-built
# catalogs, and the end-to-end script over the built binary (exit codes,
# bad input, golden outputs, corpus spot-checks).
add_executable(test_diff_unit ${CMAKE_CURRENT_LIST_DIR}/test_diff_unit.c)
target_link_libraries(test_diff_unit PRIVATE rollgate_lib)
add_test(NAME diff_unit COMMAND test_diff_unit)

get_filename_component(RG_CLI_CORPUS ${CMAKE_SOURCE_DIR}/../shared/corpus ABSOLUTE)
add_test(NAME cli COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_cli.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR} ${RG_CLI_CORPUS})
set_tests_properties(cli PROPERTIES TIMEOUT 600)
