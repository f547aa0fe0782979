/* nv-gui-util.h: small helpers shared by the views
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-record.h"

G_BEGIN_DECLS

void       nv_row_set_value        (AdwActionRow *row,
                                    const char   *value);
GtkWidget *nv_list_placeholder_new (const char   *text);
const char *nv_enum_label          (GType         enum_type,
                                    int           value);
GtkWidget *nv_delete_button_new    (NvRecord     *record,
                                    const char   *tooltip);
void       nv_scroll_to_top        (GtkWidget    *widget);

G_END_DECLS
