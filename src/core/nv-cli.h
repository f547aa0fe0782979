/* nv-cli.h: the command-line interface, which never opens a window
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean nv_cli_run (int    argc,
                     char **argv,
                     int   *exit_status);

G_END_DECLS
