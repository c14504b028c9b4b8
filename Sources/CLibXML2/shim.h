// Brings libxml2's XML and HTML parsers and tree API into Swift as the CLibXML2 module.
#include <libxml/xmlversion.h>
// libxml2's ICU hooks would pull in the system's ICU headers, whose enums clash with the copy Foundation ships;
// kb never touches the converter structs they add fields to, so they are left out.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state: call it through a function.
static inline void cxml_free(void *pointer) { xmlFree(pointer); }
