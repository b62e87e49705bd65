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
