# Benchmarks: an executable only, not a test (tests/bench/run.sh runs it,
# ./build.sh bench builds and calls that).
add_executable(bench_diff ${CMAKE_CURRENT_LIST_DIR}/bench_diff.c)
target_include_directories(bench_diff PRIVATE ${PG_QUERY_INCLUDE})
target_link_libraries(bench_diff PRIVATE rollgate_lib)
# Simulator figure: 2,000 tables, 10,000 queries x 2 versions.
add_executable(bench_simulate ${CMAKE_CURRENT_LIST_DIR}/bench_simulate.c)
target_link_libraries(bench_simulate PRIVATE rollgate_lib)
