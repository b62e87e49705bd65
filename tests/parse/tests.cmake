add_executable(test_parse ${CMAKE_CURRENT_LIST_DIR}/test_parse.c)
target_include_directories(test_parse PRIVATE ${CMAKE_SOURCE_DIR}/src ${PG_QUERY_INCLUDE})
target_link_libraries(test_parse PRIVATE rollgate_lib)
add_test(NAME parse COMMAND test_parse)
