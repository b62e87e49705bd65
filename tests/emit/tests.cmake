# Canonical output tests (engineer `emit`): identifier quoting, golden
# canonical SQL/JSON for hand-written schemas, determinism, and the
# to_sql fixpoint over every file of ../shared/corpus (skipped when the
# corpus is absent).
if(NOT RG_EMIT_SHARED)
  get_filename_component(RG_EMIT_SHARED ${CMAKE_SOURCE_DIR}/../shared ABSOLUTE)
endif()
add_executable(test_emit ${CMAKE_CURRENT_LIST_DIR}/test_emit.c)
target_include_directories(test_emit PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../../src ${PG_QUERY_INCLUDE})
target_compile_definitions(test_emit PRIVATE
  RG_EMIT_GOLDEN_DIR="${CMAKE_CURRENT_LIST_DIR}/golden"
  RG_EMIT_CORPUS_DIR="${RG_EMIT_SHARED}/corpus")
target_link_libraries(test_emit PRIVATE rollgate_lib)
add_test(NAME emit COMMAND test_emit)
set_tests_properties(emit PROPERTIES TIMEOUT 900)
