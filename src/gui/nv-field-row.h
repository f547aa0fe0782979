/* nv-field-row.h
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "nv-meeting.h"
#include "nv-plan.h"

G_BEGIN_DECLS

GtkWidget *nv_field_row_new     (NvPlan              *plan,
                                 NvRecord            *record,
                                 const char          *property);
GtkWidget *nv_long_text_row_new (NvRecord            *record,
                                 const char          *property);
GtkWidget *nv_links_row_new     (NvRecord            *record,
                                 const char          *property);
GtkWidget *nv_end_row_new       (NvMeeting           *meeting);
void       nv_form_add_row      (GPtrArray           *rows,
                                 AdwPreferencesGroup *group,
                                 GtkWidget           *row);
void       nv_form_add_fields   (GPtrArray           *rows,
                                 AdwPreferencesGroup *group,
                                 NvPlan              *plan,
                                 NvRecord            *record,
                                 const char * const  *properties);
void       nv_form_clear        (GPtrArray           *rows);

G_END_DECLS
