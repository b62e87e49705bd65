add_executable(test_parse ${CMAKE_CURRENT_LIST_DIR}/test_parse.c)
target_include_directories(test_parse PRIVATE ${CMAKE_SOURCE_DIR}/src ${PG_QUERY_INCLUDE})
target_link_libraries(test_parse PRIVATE rollgate_lib)
add_test(NAME parse COMMAND test_parse)

# libpg_query's JSON output decoded straight into the trees gives what its
# protobuf output gives, byte for byte, on every SQL file of the repository.
add_executable(test_json_tree ${CMAKE_CURRENT_LIST_DIR}/test_json_tree.c)
target_include_directories(test_json_tree PRIVATE ${CMAKE_SOURCE_DIR}/src ${PG_QUERY_INCLUDE})
target_link_libraries(test_json_tree PRIVATE rollgate_lib)
add_test(NAME parse_json_tree COMMAND test_json_tree --proto ${PG_QUERY_INCLUDE}/pg_query/pg_query.proto
         ${CMAKE_SOURCE_DIR}/tests ${CMAKE_SOURCE_DIR}/models)
