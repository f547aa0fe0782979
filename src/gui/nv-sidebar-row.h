/* nv-sidebar-row.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NV_TYPE_SIDEBAR_ROW (nv_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (NvSidebarRow, nv_sidebar_row, NV, SIDEBAR_ROW, AdwBin)

void     nv_sidebar_row_set_item (NvSidebarRow *self,
                                  GObject      *item);
GObject *nv_sidebar_row_get_item (NvSidebarRow *self);

G_END_DECLS
