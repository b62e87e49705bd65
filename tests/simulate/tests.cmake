# Simulator unit tests: every checker construct and code against cases.txt
# (verdicts confirmed on PostgreSQL 15), the query loader, and the timeline
# on the blog example of models/examples.
add_executable(test_simulate ${CMAKE_CURRENT_LIST_DIR}/test_simulate.c)
target_link_libraries(test_simulate PRIVATE rollgate_lib)
add_test(NAME simulate COMMAND test_simulate ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_SOURCE_DIR}/models/examples/blog)
