# Writes one text file into a C++ function returning it: -DIN=file -DOUT=cpp -DFUNC=name
file(READ ${IN} text)
set(body "// Generated; do not edit.\nnamespace polku::generated {\nconst char* ${FUNC}() {\n  return R\"polku_text(${text})polku_text\";\n}\n}  // namespace polku::generated\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
