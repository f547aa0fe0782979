/* nv-safe-file.h: replacing a file so that a crash never leaves half of it
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

gboolean nv_safe_file_replace        (GFile         *file,
                                      const char    *data,
                                      gsize          length,
                                      GCancellable  *cancellable,
                                      GError       **error);

char    *nv_safe_file_backup_path    (const char    *path);

/* For tests: make the next writes fail with ENOSPC after @bytes bytes */
void     nv_safe_file_inject_failure (gssize         bytes);
void     nv_safe_file_inject_no_hard_links (gboolean no_links);

G_END_DECLS
