// libssh2 (Debian's libssh2-1-dev, 1.10) for TransportSFTP. Several libssh2 functions are macros Swift cannot
// see: TransportSFTP calls their *_ex forms.
#include <libssh2.h>
#include <libssh2_sftp.h>
