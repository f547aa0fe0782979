/* nv-row-list.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define NV_TYPE_ROW_LIST (nv_row_list_get_type ())

G_DECLARE_FINAL_TYPE (NvRowList, nv_row_list, NV, ROW_LIST, AdwBin)

/* Makes the row of @item: an AdwActionRow or an AdwExpanderRow */
typedef GtkWidget *(*NvRowListCreateFunc) (gpointer item,
                                           gpointer user_data);
/* Adds the rows inside @row, the first time it is opened */
typedef void       (*NvRowListFillFunc)   (AdwExpanderRow *row,
                                           gpointer        item,
                                           gpointer        user_data);

void       nv_row_list_set_model       (NvRowList           *self,
                                        GListModel          *model,
                                        NvRowListCreateFunc  create_row,
                                        NvRowListFillFunc    fill_row,
                                        gpointer             user_data);
void       nv_row_list_set_placeholder (NvRowList           *self,
                                        GtkWidget           *placeholder);
GtkWidget *nv_row_list_get_row         (NvRowList           *self,
                                        gpointer             item);
void       nv_row_list_foreach_row     (NvRowList           *self,
                                        GFunc                func,
                                        gpointer             user_data);
void       nv_row_list_open            (NvRowList           *self,
                                        gpointer             item);

G_END_DECLS
