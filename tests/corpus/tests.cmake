# Real schemas from tests/data/corpus: `rollgate catalog` must read every
# file cleanly, reach a fixpoint on its own output and diff clean against
# it. One test per corpus folder so ctest can run them side by side;
# corpus_extra does the same for the schemas kept out of the tree for their
# licences ($RG_EXTRA_CORPUS, see tests/data/corpus/README.md; a skip without).
file(GLOB RG_CORPUS_DIRS LIST_DIRECTORIES true ${CMAKE_SOURCE_DIR}/tests/data/corpus/*)
foreach(dir ${RG_CORPUS_DIRS})
  file(GLOB sql_in_dir ${dir}/*.sql)
  if(IS_DIRECTORY ${dir} AND sql_in_dir)
    get_filename_component(folder ${dir} NAME)
    add_test(NAME corpus_${folder}
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/corpus.sh $<TARGET_FILE:rollgate> ${dir})
    set_tests_properties(corpus_${folder} PROPERTIES LABELS "corpus" TIMEOUT 1200)
  endif()
endforeach()
add_test(NAME corpus_extra COMMAND ${CMAKE_CURRENT_LIST_DIR}/corpus.sh $<TARGET_FILE:rollgate> --extra)
set_tests_properties(corpus_extra PROPERTIES LABELS "corpus;extra" TIMEOUT 1200 SKIP_RETURN_CODE 77)
