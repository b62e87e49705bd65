# Canonical output tests: identifier quoting, golden canonical SQL/JSON for
# hand-written schemas, determinism, and the to_sql fixpoint over every file
# of tests/data/corpus. canonical_extra_corpus does the fixpoint over the schemas
# kept out of the tree for their licences ($RG_EXTRA_CORPUS; a skip without).
add_executable(test_canonical ${CMAKE_CURRENT_LIST_DIR}/test_canonical.c)
target_include_directories(test_canonical PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../../src ${PG_QUERY_INCLUDE})
target_compile_definitions(test_canonical PRIVATE
  RG_CANONICAL_CASES_DIR="${CMAKE_CURRENT_LIST_DIR}/cases")
target_link_libraries(test_canonical PRIVATE rollgate_lib)
add_test(NAME canonical COMMAND test_canonical ${CMAKE_SOURCE_DIR}/tests/data/corpus)
set_tests_properties(canonical PROPERTIES TIMEOUT 900)
add_test(NAME canonical_extra_corpus COMMAND test_canonical --extra-corpus)
set_tests_properties(canonical_extra_corpus PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77 LABELS "extra")
