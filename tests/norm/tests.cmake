# Normaliser unit tests: canonical type names and expression/view keys,
# checked against what a real PostgreSQL 15 pg_dump prints.
add_executable(test_norm ${CMAKE_CURRENT_LIST_DIR}/test_norm.c)
target_include_directories(test_norm PRIVATE ${CMAKE_SOURCE_DIR}/src ${PG_QUERY_INCLUDE})
target_link_libraries(test_norm PRIVATE rollgate_lib)
add_test(NAME norm COMMAND test_norm)
