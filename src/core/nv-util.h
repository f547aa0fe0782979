/* nv-util.h: small helpers for dates, clock times and strings
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define NV_MINUTES_PER_DAY 1440
/* Julian day of 9999-12-31: dates are stored as GDate julian days, 0 = unset */
#define NV_DATE_MAX 3652059u

gboolean  nv_strv_equal        (const char * const *a,
                                const char * const *b);

guint     nv_date_from_ymd     (int          year,
                                int          month,
                                int          day);
gboolean  nv_date_to_ymd       (guint        julian,
                                int         *year,
                                int         *month,
                                int         *day);
gboolean  nv_date_parse_iso    (const char  *text,
                                guint       *julian);
char     *nv_date_to_iso       (guint        julian);
guint     nv_date_today        (void);

gboolean  nv_time_parse        (const char  *text,
                                int         *minutes);
char     *nv_time_to_string    (int          minutes);

void      nv_prefer_huge_pages (gpointer     memory,
                                gsize        size);

G_END_DECLS
