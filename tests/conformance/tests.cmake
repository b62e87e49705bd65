# The acceptance cases of stripe/pg-schema-diff (tests/conformance/
# pg-schema-diff, MIT) on a throwaway PostgreSQL 15: plan, apply every up,
# compare with the target, apply the downs, compare with the source (see
# conformance.py). Cases listed in known_failures.txt may fail; any other
# failure, or a listed case that passes, fails the test. The sanitizer build
# runs the fixed sample of sample.txt (the full run takes minutes there).
find_program(RG_CONFORMANCE_PSQL psql)
find_program(RG_CONFORMANCE_PYTHON python3)
if(RG_CONFORMANCE_PSQL AND RG_CONFORMANCE_PYTHON)
  if(RG_SANITIZE)
    set(RG_CONFORMANCE_ARGS --sample)
  endif()
  add_test(NAME conformance
           COMMAND ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE_DIR:rollgate> --jobs 2 ${RG_CONFORMANCE_ARGS})
  set_tests_properties(conformance PROPERTIES LABELS "pg" TIMEOUT 1800 PROCESSORS 2)
else()
  rg_skipped_test(conformance "psql or python3 not found (install postgresql-15 and python3)")
endif()
