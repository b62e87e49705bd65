# Real schemas from ../shared/corpus: `rollgate catalog` must read every
# file cleanly, reach a fixpoint on its own output and diff clean against
# it. One test per corpus folder so ctest can run them side by side.
get_filename_component(RG_SHARED_DIR ${CMAKE_SOURCE_DIR}/../shared ABSOLUTE)
file(GLOB RG_CORPUS_DIRS LIST_DIRECTORIES true ${RG_SHARED_DIR}/corpus/*)
set(RG_CORPUS_FOUND OFF)
foreach(dir ${RG_CORPUS_DIRS})
  file(GLOB sql_in_dir ${dir}/*.sql)
  if(IS_DIRECTORY ${dir} AND sql_in_dir)
    get_filename_component(folder ${dir} NAME)
    add_test(NAME corpus_${folder}
             COMMAND ${CMAKE_CURRENT_LIST_DIR}/corpus.sh $<TARGET_FILE:rollgate> ${dir})
    set_tests_properties(corpus_${folder} PROPERTIES LABELS "corpus" TIMEOUT 1200)
    set(RG_CORPUS_FOUND ON)
  endif()
endforeach()
if(NOT RG_CORPUS_FOUND)
  message(STATUS "no corpus under ${RG_SHARED_DIR}/corpus: corpus tests skipped")
endif()
