/* nv-format.h: dates, times and durations the way users read them
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *nv_format_clock_time (int    minutes);
char *nv_format_date_short (guint  julian);
char *nv_format_date_long  (guint  julian);
char *nv_format_date_plain (guint  julian);
char *nv_format_when       (guint  julian,
                            int    start);
char *nv_format_when_short (guint  julian,
                            int    start);
char *nv_format_duration   (int    minutes);

G_END_DECLS
