# End-to-end tests of `rollgate plan` on a throwaway PostgreSQL 15: every
# scenario under tests/e2e/scenarios/ is planned, migrated stage by stage
# with both app versions' queries prepared and traffic run
# during the deploy, compared with the target loaded fresh, and reverted;
# check_locks.sh measures in pg_locks the lock each step claims.
find_program(RG_E2E_PSQL psql)
if(RG_E2E_PSQL)
  add_test(NAME e2e_plan
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_e2e.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(e2e_plan PROPERTIES LABELS "pg" TIMEOUT 1800)
  add_test(NAME e2e_locks
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/check_locks.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(e2e_locks PROPERTIES LABELS "pg" TIMEOUT 1800)
else()
  rg_skipped_test(e2e_plan "psql not found (install postgresql-15)")
  rg_skipped_test(e2e_locks "psql not found (install postgresql-15)")
endif()
