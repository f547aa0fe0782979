/* nv-link.h: which written links Netværk will open, and how safely
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define NV_LINK_ERROR (nv_link_error_quark ())

typedef enum
{
  NV_LINK_ERROR_PROGRAM,
} NvLinkError;

GQuark    nv_link_error_quark (void);
char     *nv_link_to_uri      (const char  *text);
gboolean  nv_link_check_file  (const char  *uri,
                               GError     **error);

G_END_DECLS
