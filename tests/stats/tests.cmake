# Table sizes: the strict --stats CSV reader (file:line errors), password
# redaction, and the estimates and risk grades from the embedded models.
add_executable(test_stats ${CMAKE_CURRENT_LIST_DIR}/test_stats.c)
target_link_libraries(test_stats PRIVATE rollgate_lib)
add_test(NAME stats_unit COMMAND test_stats)
