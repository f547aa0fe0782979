/* nv-gui-util.h: small helpers shared by the views
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-record.h"

G_BEGIN_DECLS

/* Returns the suggestions for an entry, a %NULL-terminated array */
typedef char **(*NvSuggestFunc) (gpointer user_data);

void       nv_row_set_value        (AdwActionRow *row,
                                    const char   *value);
GtkWidget *nv_list_placeholder_new (const char   *text);
const char *nv_enum_label          (GType         enum_type,
                                    int           value);
GtkWidget *nv_delete_button_new    (NvRecord     *record,
                                    const char   *tooltip);
void       nv_scroll_to_top        (GtkWidget    *widget);
AdwToast  *nv_toast_new            (const char   *text);
void       nv_toast_show           (GtkWidget    *widget,
                                    AdwToast     *toast);
void       nv_add_capture_shortcut (GtkWidget       *widget,
                                    guint            keyval,
                                    GdkModifierType  modifiers,
                                    const char      *action);
char      *nv_menu_label           (const char   *text);
char      *nv_display_text         (const char   *text);
void       nv_row_show_title       (AdwPreferencesRow *row,
                                    const char   *title);
void       nv_row_show_text        (AdwPreferencesRow *row,
                                    const char   *title,
                                    const char   *subtitle);
gboolean   nv_display_text_transform (GBinding   *binding,
                                      const GValue *from_value,
                                      GValue     *to_value,
                                      gpointer    user_data);

GtkWidget *nv_suggestion_button_new (GtkEditable    *entry,
                                     NvSuggestFunc   func,
                                     gpointer        data,
                                     GDestroyNotify  destroy,
                                     const char     *tooltip);
GtkListBox *nv_suggestion_button_update (GtkMenuButton *button);

G_END_DECLS
