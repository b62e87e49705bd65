# Lock model: the embedded CSVs against the PostgreSQL 15 measurements,
# version facts for 11-17, type-change rules, and rejection of broken models.
add_executable(test_lockmodel ${CMAKE_CURRENT_LIST_DIR}/test_lockmodel.c)
target_link_libraries(test_lockmodel PRIVATE rollgate_lib)
target_compile_definitions(test_lockmodel PRIVATE
  RG_PG15_LOCKS="${CMAKE_SOURCE_DIR}/tests/data/pg15_locks.csv"
  RG_MODELS_DIR="${CMAKE_SOURCE_DIR}/models")
add_test(NAME lockmodel COMMAND test_lockmodel)
