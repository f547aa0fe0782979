/* nv-window-private.h: what nv-window.c and nv-window-actions.c share
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "nv-meeting-page.h"
#include "nv-network-page.h"
#include "nv-people-page.h"
#include "nv-window.h"

G_BEGIN_DECLS

struct _NvWindow
{
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  AdwWindowTitle       *sidebar_title;
  AdwViewSwitcherTitle *content_title;
  GtkListView          *sidebar_list;
  GtkMenuButton        *item_menu_button;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  AdwStatusPage        *loading_page;
  GtkProgressBar       *loading_progress;
  NvPeoplePage         *people_page;
  NvNetworkPage        *network_page;
  NvMeetingPage        *meeting_page;
  GMenu                *recent_submenu;
  GMenuModel           *network_menu;
  GMenuModel           *meeting_menu;

  NvPlan               *plan;
  GFile                *file;
  GCancellable         *loading;         /* while the plan is read in a thread */
  guint                 pulse_source;    /* moves the progress bar meanwhile */
  NvPlan               *pending_plan;    /* read, waiting for the first frame */
  guint                 pending_source;
  gboolean              drawn;           /* the window has drawn a frame */
  GtkSingleSelection   *selection;
  GPtrArray            *meeting_sorters;
  GObject              *shown_item;
  GSettings            *settings;
  char                 *recovery_id;
  guint                 autosave_source;
  gboolean              close_after_save;
  gboolean              close_confirmed;
  gboolean              resorting;       /* the sidebar is re-sorting itself */
  AdwToast             *undo_toast;      /* the last "deleted, Undo" toast */
  gulong                title_handler;   /* keeps the page title current */
  guint                 schedule_generation; /* of the meetings' dates, as the sidebar was sorted by */
};

void nv_window_class_install_actions (GtkWidgetClass *widget_class);
void nv_window_class_install_document_actions (GtkWidgetClass *widget_class);
void nv_window_class_install_minutes_actions (GtkWidgetClass *widget_class);
void nv_window_select_item           (NvWindow       *self,
                                      GObject        *item);
void nv_window_save                  (NvWindow       *self);
NvNetwork *nv_window_current_network (NvWindow       *self);
void nv_window_remember_folder       (NvWindow       *self,
                                      GFile          *file);
void nv_window_import_calendar       (NvWindow       *self,
                                      GFile          *file);
void nv_window_show_error            (NvWindow       *self,
                                      const char     *heading,
                                      const char     *message);
void nv_window_save_as               (NvWindow       *self);
void nv_window_add_toast             (NvWindow       *self,
                                      AdwToast       *toast);
void nv_window_retire_undo_toast     (NvWindow       *self);
gboolean nv_window_write_export      (NvWindow       *self,
                                      GFile          *file,
                                      const char     *data,
                                      gsize           length,
                                      const char     *note);

G_END_DECLS
