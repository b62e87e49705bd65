# Canonical output tests: identifier quoting, golden canonical SQL/JSON for
# hand-written schemas, determinism, and the to_sql fixpoint over every file
# of tests/data/corpus. emit_extra_corpus does the fixpoint over the schemas
# kept out of the tree for their licences ($RG_EXTRA_CORPUS; a skip without).
add_executable(test_emit ${CMAKE_CURRENT_LIST_DIR}/test_emit.c)
target_include_directories(test_emit PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../../src ${PG_QUERY_INCLUDE})
target_compile_definitions(test_emit PRIVATE
  RG_EMIT_GOLDEN_DIR="${CMAKE_CURRENT_LIST_DIR}/golden")
target_link_libraries(test_emit PRIVATE rollgate_lib)
add_test(NAME emit COMMAND test_emit ${CMAKE_SOURCE_DIR}/tests/data/corpus)
set_tests_properties(emit PROPERTIES TIMEOUT 900)
add_test(NAME emit_extra_corpus COMMAND test_emit --extra-corpus)
set_tests_properties(emit_extra_corpus PROPERTIES TIMEOUT 900 SKIP_RETURN_CODE 77 LABELS "extra")
