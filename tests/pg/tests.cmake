# Real-server round trips: hand-written schemas and the corpus files that
# load into PostgreSQL 15 go through psql + pg_dump, and rollgate must see
# no change between the file, the server's dump and its own catalog.
find_program(RG_PSQL psql)
if(RG_PSQL)
  add_test(NAME pg_roundtrip
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/roundtrip.sh $<TARGET_FILE:rollgate>)
  set_tests_properties(pg_roundtrip PROPERTIES LABELS "pg" TIMEOUT 900)
  add_test(NAME pg_cluster_lifecycle
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/cluster.sh run
                   psql -X -q -v ON_ERROR_STOP=1 -c "SELECT 1")
  set_tests_properties(pg_cluster_lifecycle PROPERTIES LABELS "pg" TIMEOUT 120)
else()
  rg_skipped_test(pg_roundtrip "psql not found (install postgresql-15)")
  rg_skipped_test(pg_cluster_lifecycle "psql not found (install postgresql-15)")
endif()

# The same round trip against stored dumps (tests/pg/dumps/, made by
# PostgreSQL 15.18): needs no server, so it also runs under the sanitizers.
add_test(NAME pg_fixtures COMMAND ${CMAKE_CURRENT_LIST_DIR}/fixtures.sh $<TARGET_FILE:rollgate>)
set_tests_properties(pg_fixtures PROPERTIES LABELS "fixtures" TIMEOUT 300)

# ...and every small real change to those dumps must be seen (exit 1).
add_test(NAME pg_mutations COMMAND ${CMAKE_CURRENT_LIST_DIR}/mutations.sh $<TARGET_FILE:rollgate>)
set_tests_properties(pg_mutations PROPERTIES LABELS "fixtures" TIMEOUT 300)
