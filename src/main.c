/* main.c
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <malloc.h>

#include "nv-application.h"
#include "nv-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(NvApplication) app = NULL;
  const char *localedir = g_getenv ("NETVAERK_LOCALEDIR");
  int status;

  /* A plan of tens of megabytes is read in one go: the heap grows 16 MB
   * at a time rather than 128 KB, which spares thousands of system calls
   * (and the locks they take from a window drawing meanwhile). Untouched,
   * the room costs no memory. */
  mallopt (M_TOP_PAD, 16 << 20);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Scripts' commands (--check, exports) run without a window or display */
  if (nv_cli_run (argc, argv, &status))
    return status;

  app = nv_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
