# Table sizes: the strict --stats CSV reader (file:line errors), password
# redaction, and the estimates and risk grades from the embedded models.
add_executable(test_stats ${CMAKE_CURRENT_LIST_DIR}/test_stats.c)
target_link_libraries(test_stats PRIVATE rollgate_lib)
add_test(NAME stats_unit COMMAND test_stats)
add_test(NAME stats_cli COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_stats_cli.sh $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR})
add_test(NAME stats_pg COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_stats_cli.sh $<TARGET_FILE:rollgate> ${CMAKE_SOURCE_DIR} pg)
set_tests_properties(stats_pg PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
