/* nv-row-item.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define NV_TYPE_ROW_ITEM (nv_row_item_get_type ())

G_DECLARE_FINAL_TYPE (NvRowItem, nv_row_item, NV, ROW_ITEM, GObject)

NvRowItem *nv_row_item_new      (gpointer        data,
                                 GDestroyNotify  destroy);
gpointer   nv_row_item_get_data (NvRowItem      *self);

G_END_DECLS
