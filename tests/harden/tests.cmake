# Hardening: the defences against hostile input and careless use. The unit
# test drives the library (nesting measure, stack, redaction, file names);
# the script drives the built binary (deep input, crafted ledgers, secrets,
# strict CSV, one file mode for every output).
add_executable(test_harden ${CMAKE_CURRENT_LIST_DIR}/test_harden.c)
target_include_directories(test_harden PRIVATE ${CMAKE_SOURCE_DIR}/src ${PG_QUERY_INCLUDE})
target_link_libraries(test_harden PRIVATE rollgate_lib)
add_test(NAME harden_unit COMMAND test_harden)
add_test(NAME harden_cli COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_harden.sh $<TARGET_FILE:rollgate>)
set_tests_properties(harden_cli PROPERTIES TIMEOUT 900)

# On a throwaway PostgreSQL 15 (tests/pg/cluster.sh): a password given to
# verify is in no output, ledger or message.
# Every subcommand on every hostile-name fixture; emitted SQL applied on
# PostgreSQL 15 must give exactly the expected catalog (no injection).
find_program(RG_HARDEN_PSQL psql)
if(RG_HARDEN_PSQL)
  add_test(NAME harden_secrets_pg COMMAND ${CMAKE_CURRENT_LIST_DIR}/secrets_pg.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(harden_secrets_pg PROPERTIES LABELS "pg" TIMEOUT 600)
  add_test(NAME harden_hostile_pg COMMAND ${CMAKE_CURRENT_LIST_DIR}/hostile_pg.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(harden_hostile_pg PROPERTIES LABELS "pg" TIMEOUT 900)
else()
  rg_skipped_test(harden_secrets_pg "psql not found (install postgresql-15)")
  rg_skipped_test(harden_hostile_pg "psql not found (install postgresql-15)")
endif()
