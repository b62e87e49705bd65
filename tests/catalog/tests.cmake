# Catalog interpreter unit tests.
add_executable(test_catalog ${CMAKE_CURRENT_LIST_DIR}/test_catalog.c)
target_include_directories(test_catalog PRIVATE ${CMAKE_SOURCE_DIR}/src ${PG_QUERY_INCLUDE})
target_link_libraries(test_catalog PRIVATE rollgate_lib)
add_test(NAME catalog_unit COMMAND test_catalog)

# The interpreter against a real PostgreSQL 15: hand-written DDL whose
# pg_dump must compare equal to it (tests/pg/roundtrip.sh does the work).
find_program(RG_CATALOG_PSQL psql)
if(RG_CATALOG_PSQL)
  file(GLOB RG_CATALOG_RT CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/roundtrip/*.sql)
  add_test(NAME catalog_pg_roundtrip
           COMMAND ${CMAKE_SOURCE_DIR}/tests/pg/roundtrip.sh $<TARGET_FILE:rollgate> ${RG_CATALOG_RT})
  set_tests_properties(catalog_pg_roundtrip PROPERTIES LABELS "pg" TIMEOUT 600)
else()
  rg_skipped_test(catalog_pg_roundtrip "psql not found (install postgresql-15)")
endif()

# The interpreter as strict as PostgreSQL 15: each tests/catalog/strict/*.sql
# script is run on a throwaway server and through strict_probe (the
# interpreter with the self-check's SQL resolution); the first error —
# statement line, SQLSTATE and message — must be the same on both, and the
# same as the script's `-- expect:` line.
add_executable(strict_probe ${CMAKE_CURRENT_LIST_DIR}/strict_probe.c)
target_link_libraries(strict_probe PRIVATE rollgate_lib)
if(RG_CATALOG_PSQL)
  file(GLOB RG_STRICT_CASES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/strict/*.sql)
  add_test(NAME catalog_strict_pg
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/strict.sh $<TARGET_FILE:strict_probe> ${RG_STRICT_CASES})
  set_tests_properties(catalog_strict_pg PROPERTIES LABELS "pg" TIMEOUT 600)
endif()
