#include "CTerminalSupport.h"
int cterminal_support_version(void) { return 1; }
