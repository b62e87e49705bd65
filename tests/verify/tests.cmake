# `rollgate verify` on real PostgreSQL 15 servers:
# throwaway clusters started by verify itself and, for --pg-url, by
# tests/pg/cluster.sh; full agreement on the blog example and e2e
# scenarios, a wrong plan and a wrong lock model row caught.
find_program(RG_VERIFY_PSQL psql)
if(RG_VERIFY_PSQL)
  add_test(NAME verify_pg
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/run_verify.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(verify_pg PROPERTIES LABELS "pg" TIMEOUT 900)
else()
  rg_skipped_test(verify_pg "psql not found (install postgresql-15)")
endif()
