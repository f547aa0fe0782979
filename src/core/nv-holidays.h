/* nv-holidays.h: Danish public holidays, for planning meetings
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

guint       nv_easter_sunday      (int   year);
const char *nv_danish_holiday     (guint julian);

G_END_DECLS
