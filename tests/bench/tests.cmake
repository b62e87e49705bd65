# Benchmarks: executables, not tests (tests/bench/run.sh runs bench_diff,
# ./build.sh bench builds and calls that); bench_gen below is the test of the
# generator they use.
add_executable(bench_diff ${CMAKE_CURRENT_LIST_DIR}/bench_diff.c)
target_include_directories(bench_diff PRIVATE ${PG_QUERY_INCLUDE})
target_link_libraries(bench_diff PRIVATE rollgate_lib)
# The nesting measure's cost against the parse (bench_nesting FILE.sql...).
add_executable(bench_nesting ${CMAKE_CURRENT_LIST_DIR}/bench_nesting.c)
target_link_libraries(bench_nesting PRIVATE rollgate_lib)
# Simulator figure: 2,000 tables, 10,000 queries x 2 versions.
add_executable(bench_simulate ${CMAKE_CURRENT_LIST_DIR}/bench_simulate.c)
target_link_libraries(bench_simulate PRIVATE rollgate_lib)

# The generator of the synthetic pair tells the truth: deterministic, both
# snapshots load into PostgreSQL 15, every query prepares on its schema,
# rollgate's diff equals its list of changes (check_gen.sh).
find_program(RG_BENCH_PSQL psql)
if(RG_BENCH_PSQL)
  add_test(NAME bench_gen COMMAND ${CMAKE_CURRENT_LIST_DIR}/check_gen.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(bench_gen PROPERTIES LABELS "pg" TIMEOUT 600)
else()
  rg_skipped_test(bench_gen "psql not found (install postgresql-15)")
endif()
