# Benchmarks: an executable only, not a test (tests/bench/run.sh runs it,
# ./build.sh bench builds and calls that).
add_executable(bench_diff ${CMAKE_CURRENT_LIST_DIR}/bench_diff.c)
target_include_directories(bench_diff PRIVATE ${PG_QUERY_INCLUDE})
target_link_libraries(bench_diff PRIVATE rollgate_lib)
