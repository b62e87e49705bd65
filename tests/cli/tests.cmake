# CLI and diff tests: the diff unit test on hand-built catalogs, and the
# end-to-end script over the built binary (exit codes, bad input, golden
# outputs, spot-checks of real releases from tests/data/corpus).
# cli_extra_corpus: the openstreetmap-website spot-checks ($RG_EXTRA_CORPUS;
# a skip without).
add_executable(test_diff_unit ${CMAKE_CURRENT_LIST_DIR}/test_diff_unit.c)
target_link_libraries(test_diff_unit PRIVATE rollgate_lib)
add_test(NAME diff_unit COMMAND test_diff_unit)

add_test(NAME cli COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_cli.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_SOURCE_DIR}/tests/data/corpus)
set_tests_properties(cli PROPERTIES TIMEOUT 600)
add_test(NAME cli_extra_corpus COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_cli.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR} --extra-corpus)
set_tests_properties(cli_extra_corpus PROPERTIES TIMEOUT 600 SKIP_RETURN_CODE 77 LABELS "extra")
