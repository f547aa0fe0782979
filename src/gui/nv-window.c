/* nv-window.c: one plan's window: networks and meetings in the sidebar,
 * the selected one in the main area; opening, saving, undo, and never
 * losing the user's work
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-application.h"
#include "nv-gui-util.h"
#include "nv-meeting-page.h"
#include "nv-network-page.h"
#include "nv-people-page.h"
#include "nv-plan-file.h"
#include "nv-recovery.h"
#include "nv-sidebar-row.h"
#include "nv-util.h"
#include "nv-window-private.h"


G_DEFINE_FINAL_TYPE (NvWindow, nv_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];


static gboolean
is_modified (NvWindow *self)
{
  return self->plan != NULL && nv_history_get_modified (nv_plan_get_history (self->plan));
}

gboolean
nv_window_is_modified (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), FALSE);

  return is_modified (self);
}

/* The network the user is working in: the shown one, or the shown
 * meeting's */
NvNetwork *
nv_window_current_network (NvWindow *self)
{
  if (self->shown_item == NULL || !NV_IS_RECORD (self->shown_item))
    return NULL;

  return NV_NETWORK (nv_record_find_ancestor (NV_RECORD (self->shown_item), NV_TYPE_NETWORK));
}

/* The page's title follows the shown record's name */
static void
update_content_title (NvWindow *self)
{
  const char *title = NULL;
  g_autofree char *shown = NULL;

  if (NV_IS_PLAN (self->shown_item))
    title = _("People");
  else if (NV_IS_NETWORK (self->shown_item))
    title = nv_network_get_name (NV_NETWORK (self->shown_item));
  else if (NV_IS_MEETING (self->shown_item))
    title = nv_meeting_get_name (NV_MEETING (self->shown_item));

  shown = nv_display_text (title);
  adw_view_switcher_title_set_title (self->content_title, shown);
}

/* What can be added depends on where the user is */
static void
update_add_actions (NvWindow *self)
{
  gboolean in_network = nv_window_current_network (self) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-meeting", in_network);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.plan-meetings", in_network);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rotate-roles", in_network);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-member", in_network);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-rule", in_network);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-participant", NV_IS_MEETING (self->shown_item));
}

/* ───────────────────────── Sidebar ───────────────────────── */

/* Meetings are listed in the order of the series */
static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return nv_meeting_compare ((NvMeeting *) a, (NvMeeting *) b);
}

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  NvWindow *self = user_data;
  GtkSorter *sorter;

  if (!NV_IS_NETWORK (item))
    return NULL;

  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_meetings, NULL, NULL));
  g_ptr_array_add (self->meeting_sorters, g_object_ref (sorter));
  return G_LIST_MODEL (gtk_sort_list_model_new (g_object_ref (nv_network_get_meetings (item)), sorter));
}

static void
setup_sidebar_item (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), g_object_new (NV_TYPE_SIDEBAR_ROW, NULL));
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_sidebar_item (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));

  gtk_tree_expander_set_list_row (expander, row);
  nv_sidebar_row_set_item (NV_SIDEBAR_ROW (gtk_tree_expander_get_child (expander)),
                           gtk_tree_list_row_get_item (row));
}

static void
unbind_sidebar_item (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     gpointer                  user_data)
{
  GtkTreeExpander *expander = GTK_TREE_EXPANDER (gtk_list_item_get_child (list_item));

  gtk_tree_expander_set_list_row (expander, NULL);
  nv_sidebar_row_set_item (NV_SIDEBAR_ROW (gtk_tree_expander_get_child (expander)), NULL);
}

static guint
find_sidebar_position (NvWindow *self,
                       GObject  *item)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(GObject) row_item = gtk_tree_list_row_get_item (row);

      if (row_item == item)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

void
nv_window_select_item (NvWindow *self,
                       GObject  *item)
{
  guint position = find_sidebar_position (self, item);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position);
}

/* The pages of a plan are made when a plan is first shown, not with the
 * window: a window on its way to the screen shows only that it opens
 * the plan, and comes sooner without them */
static void
ensure_pages (NvWindow *self)
{
  if (self->people_page != NULL)
    return;

  self->people_page = g_object_new (NV_TYPE_PEOPLE_PAGE, "name", "people_page", NULL);
  self->network_page = g_object_new (NV_TYPE_NETWORK_PAGE, "name", "network_page", NULL);
  self->meeting_page = g_object_new (NV_TYPE_MEETING_PAGE, "name", "meeting_page", NULL);
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->people_page), "people");
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->network_page), "network");
  gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->meeting_page), "meeting");
}

static void
show_item (NvWindow *self,
           GObject  *item)
{
  ensure_pages (self);

  /* Showing the same record again would rebuild its form under the user */
  if (item == self->shown_item)
    return;

  if (self->shown_item != NULL)
    g_clear_signal_handler (&self->title_handler, self->shown_item);
  g_set_object (&self->shown_item, item);
  self->title_handler = g_signal_connect_object (item, "notify", G_CALLBACK (update_content_title), self,
                                                 G_CONNECT_SWAPPED);

  if (NV_IS_PLAN (item))
    {
      nv_people_page_show (self->people_page, self->plan);
      gtk_stack_set_visible_child_name (self->main_stack, "people");
    }
  else if (NV_IS_NETWORK (item))
    {
      nv_network_page_show (self->network_page, self->plan, NV_NETWORK (item));
      gtk_stack_set_visible_child_name (self->main_stack, "network");
    }
  else if (NV_IS_MEETING (item))
    {
      nv_meeting_page_show (self->meeting_page, self->plan, NV_MEETING (item));
      gtk_stack_set_visible_child_name (self->main_stack, "meeting");
    }

  update_content_title (self);
  update_add_actions (self);
  adw_view_switcher_title_set_stack (self->content_title,
                                     NV_IS_NETWORK (item) ? nv_network_page_get_views (self->network_page) : NULL);
  gtk_menu_button_set_menu_model (self->item_menu_button,
                                  NV_IS_NETWORK (item) ? self->network_menu :
                                  NV_IS_MEETING (item) ? self->meeting_menu : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->item_menu_button), NV_IS_NETWORK (item) || NV_IS_MEETING (item));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-selected",
                                 NV_IS_NETWORK (item) || NV_IS_MEETING (item));
}

static void
show_empty_state (NvWindow *self)
{
  if (self->shown_item != NULL)
    g_clear_signal_handler (&self->title_handler, self->shown_item);
  g_clear_object (&self->shown_item);
  update_add_actions (self);
  adw_view_switcher_title_set_title (self->content_title, NULL);
  adw_view_switcher_title_set_stack (self->content_title, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->item_menu_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-selected", FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
}

static void
on_selection_changed_cb (NvWindow *self)
{
  GtkTreeListRow *row;

  if (self->resorting)
    return;

  row = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GObject) item = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;

  /* With no network, the "create a network" page says what to do first */
  if (item == NULL ||
      (NV_IS_PLAN (item) && g_list_model_get_n_items (nv_plan_get_networks (self->plan)) == 0 &&
       g_list_model_get_n_items (nv_plan_get_people (self->plan)) == 0))
    show_empty_state (self);
  else
    show_item (self, item);
}

static void
on_sidebar_activate_cb (NvWindow *self,
                        guint     position)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* The click selected the row; folded, the page it shows comes forward */
static void
on_sidebar_clicked_cb (NvWindow *self,
                       int       n_press,
                       double    x,
                       double    y)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_FORWARD);
}

/* ───────────────────────── Document state ───────────────────────── */

static char *
display_name (NvWindow *self)
{
  const char *name = self->plan ? nv_plan_get_name (self->plan) : NULL;

  if (name != NULL)
    return nv_display_text (name);
  if (self->file != NULL)
    return g_file_get_basename (self->file);
  return g_strdup (_("Untitled Plan"));
}

static void
update_titles (NvWindow *self)
{
  g_autofree char *name = display_name (self);
  g_autofree char *basename = self->file ? g_file_get_basename (self->file) : NULL;
  /* Translators: the window title of a plan with unsaved changes */
  g_autofree char *title = is_modified (self) ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  adw_window_title_set_title (self->sidebar_title, title);
  adw_window_title_set_subtitle (self->sidebar_title,
                                 basename != NULL && g_strcmp0 (basename, name) != 0 ? basename : NULL);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static const char * const plan_actions[] = {
  "win.import-ics", "win.export-ics", "win.export-some", "win.export-message",
  "win.print", "win.print-shown", "win.export-pdf", "win.compose-email", "win.edit-letter",
  "win.show-people", "win.search-people", "win.plan-details", NULL
};

static void
update_actions (NvWindow *self)
{
  NvHistory *history = self->plan ? nv_plan_get_history (self->plan) : NULL;
  gboolean has_plan = self->plan != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", history && nv_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", history && nv_history_get_can_redo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-network", has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-person", has_plan);
  /* Calendars, documents and people need a plan: none while it loads or
   * when it could not be read */
  for (guint i = 0; plan_actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), plan_actions[i], has_plan);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/x-netvaerk-plan",
    .app_name = (char *) "Netværk",
    .app_exec = (char *) "netvaerk %u",
    .groups = NULL,
    .is_private = FALSE,
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static gboolean
recovery_enabled (NvWindow *self)
{
  return self->settings == NULL || g_settings_get_boolean (self->settings, "recovery-enabled");
}

/* The recovery copy: written a few seconds after a change, so a crash
 * or a kill loses at most those seconds */
static gboolean
autosave_cb (gpointer user_data)
{
  NvWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;

  if (!is_modified (self))
    {
      nv_recovery_discard (self->recovery_id);
      return G_SOURCE_REMOVE;
    }

  if (!nv_recovery_save (self->recovery_id, self->plan, self->file, &error))
    g_warning ("Could not write the recovery copy: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (NvWindow *self)
{
  guint interval = self->settings ? g_settings_get_uint (self->settings, "autosave-interval") : 5;

  /* Counted from the first change not yet in a copy, not from the last
   * one: typing on without a pause still gets a copy every few seconds */
  if (!recovery_enabled (self) || self->autosave_source != 0)
    return;

  self->autosave_source = g_timeout_add_seconds (interval, autosave_cb, self);
}

static void
on_history_changed_cb (NvWindow *self)
{
  g_autoptr(GObject) shown = self->shown_item ? g_object_ref (self->shown_item) : NULL;
  guint schedule = nv_meeting_schedule_generation ();

  /* A date changed: keep the meetings in date order. While the rows move,
   * the selection passes over other rows; the page must stay with the
   * meeting being edited, and the field being typed in. Any other change
   * leaves the sidebar alone. */
  if (schedule != self->schedule_generation)
    {
      self->schedule_generation = schedule;

      self->resorting = TRUE;
      for (guint i = 0; i < self->meeting_sorters->len; i++)
        gtk_sorter_changed (g_ptr_array_index (self->meeting_sorters, i), GTK_SORTER_CHANGE_DIFFERENT);
      if (shown != NULL)
        nv_window_select_item (self, shown);
      self->resorting = FALSE;
    }

  /* A "deleted, Undo" toast would now undo something else */
  nv_window_retire_undo_toast (self);

  schedule_autosave (self);
}

static void
on_history_state_cb (NvWindow *self)
{
  update_titles (self);
  update_actions (self);
}

static void
set_plan (NvWindow *self,
          NvPlan   *plan)
{
  GtkTreeListModel *tree;
  GListStore *roots;
  NvHistory *history;

  g_return_if_fail (self->plan == NULL);

  self->plan = g_object_ref (plan);
  self->schedule_generation = nv_meeting_schedule_generation ();
  history = nv_plan_get_history (plan);
  g_signal_connect_object (history, "changed", G_CALLBACK (on_history_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (history, "notify", G_CALLBACK (on_history_state_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "notify::name", G_CALLBACK (update_titles), self, G_CONNECT_SWAPPED);

  /* The sidebar: "People" first (the plan stands for it), then the networks */
  roots = g_list_store_new (G_TYPE_LIST_MODEL);
  {
    GListStore *people_item = g_list_store_new (NV_TYPE_PLAN);

    g_list_store_append (people_item, plan);
    g_list_store_append (roots, people_item);
    g_list_store_append (roots, nv_plan_get_networks (plan));
    g_object_unref (people_item);
  }
  tree = gtk_tree_list_model_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (roots))),
                                  FALSE, TRUE, create_child_model, self, NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (tree));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->sidebar_list, GTK_SELECTION_MODEL (self->selection));

  /* Open on the first network, where the work is */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 1)
    gtk_single_selection_set_selected (self->selection, 1);
  on_selection_changed_cb (self);

  update_titles (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

static void
set_file (NvWindow *self,
          GFile    *file)
{
  if (g_set_object (&self->file, file))
    {
      update_titles (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }
}

/* The file could not be read: the window says why */
static void
show_load_error (NvWindow     *self,
                 GFile        *file,
                 const GError *error)
{
  g_autofree char *name = g_file_get_parse_name (file);

  /* The page reads markup; the message may quote the file's content */
  g_autofree char *message = nv_display_text (error->message);
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_status_page_set_description (self->error_page, escaped);
  adw_view_switcher_title_set_title (self->content_title, name);
  gtk_stack_set_visible_child_name (self->main_stack, "error");
}

/**
 * nv_window_load_file:
 *
 * Shows the plan in @file, or, if it cannot be read, why not. Reads the
 * file before it returns; nv_window_open_file() reads it in a thread.
 */
void
nv_window_load_file (NvWindow *self,
                     GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = NULL;

  g_return_if_fail (NV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->plan == NULL);

  set_file (self, file);

  plan = nv_plan_load_from_file (file, NULL, &error);
  if (plan == NULL)
    {
      show_load_error (self, file, error);
      return;
    }

  set_plan (self, plan);
  add_to_recent (file);
}

static void
stop_loading (NvWindow *self)
{
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
}

static void
show_loaded_plan (NvWindow *self,
                  NvPlan   *plan)
{
  stop_loading (self);
  set_plan (self, plan);
  add_to_recent (self->file);
}

static gboolean
show_pending_plan_cb (gpointer user_data)
{
  NvWindow *self = user_data;
  g_autoptr(NvPlan) plan = g_steal_pointer (&self->pending_plan);

  self->pending_source = 0;
  show_loaded_plan (self, plan);
  return G_SOURCE_REMOVE;
}

/* The window's first frame is drawn: a plan that was waiting for it
 * comes next */
static void
on_first_paint_cb (GdkFrameClock *clock,
                   NvWindow      *self)
{
  self->drawn = TRUE;
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);

  if (self->pending_plan != NULL)
    {
      g_clear_handle_id (&self->pending_source, g_source_remove);
      /* Before the next frame: an idle of the default idle priority waits
       * for as long as the window has frames to draw */
      self->pending_source = g_idle_add_full (G_PRIORITY_DEFAULT, show_pending_plan_cb, self, NULL);
    }
}

static void
on_realize_cb (NvWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (on_first_paint_cb), self, 0);
}

/* Whether @self is still one of the application's windows: a destroyed
 * window leaves GTK's list of them, though a reference keeps it alive */
static gboolean
is_open (NvWindow *self)
{
  GListModel *windows = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (windows); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (windows, i);

      if (window == G_OBJECT (self))
        return TRUE;
    }
  return FALSE;
}

static void
on_plan_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(NvWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) plan = nv_plan_load_from_file_finish (result, &error);

  /* The window was closed meanwhile: a plan read to the end is dropped,
   * not laid out for a window nobody sees */
  if (self->loading == NULL || !is_open (self) || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (plan == NULL)
    {
      stop_loading (self);
      show_load_error (self, self->file, error);
      return;
    }

  /* A window on its way to the screen appears first, as quickly as any
   * window can, and shows the plan in the frames after: building the
   * pages of a plan takes longer than the file takes to read */
  if (gtk_widget_get_realized (GTK_WIDGET (self)) && !self->drawn)
    {
      self->pending_plan = g_steal_pointer (&plan);
      /* Should no frame come (a window that is not mapped), not forever */
      self->pending_source = g_timeout_add (500, show_pending_plan_cb, self);
      return;
    }

  show_loaded_plan (self, plan);
}

static gboolean
pulse_cb (gpointer user_data)
{
  NvWindow *self = user_data;

  gtk_progress_bar_pulse (self->loading_progress);
  return G_SOURCE_CONTINUE;
}

/**
 * nv_window_open_file:
 *
 * Shows the plan in @file, or, if it cannot be read, why not. The file
 * is read in a thread: the window shows that it is opening the plan,
 * and stays responsive, however large the plan is.
 */
void
nv_window_open_file (NvWindow *self,
                     GFile    *file)
{
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (NV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->plan == NULL && self->loading == NULL);

  set_file (self, file);
  /* Nothing to save or add to until the plan is there */
  update_actions (self);
  update_add_actions (self);

  name = g_file_get_basename (file);
  escaped = g_markup_escape_text (name, -1);
  adw_status_page_set_description (self->loading_page, escaped);
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  /* Twice a second or so: an animation at the full frame rate would take
   * from the thread reading the plan what a computer without a graphics
   * card draws it with */
  self->pulse_source = g_timeout_add (400, pulse_cb, self);
  gtk_stack_set_visible_child_name (self->main_stack, "loading");

  self->loading = g_cancellable_new ();
  nv_plan_load_from_file_async (file, self->loading, on_plan_loaded_cb, g_object_ref (self));
}

/**
 * nv_window_is_loading:
 *
 * Whether @self is reading its plan, after nv_window_open_file(), or
 * has read it and waits for its first frame to show it.
 */
gboolean
nv_window_is_loading (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), FALSE);

  return self->loading != NULL;
}

/**
 * nv_window_new_plan:
 *
 * Starts an empty, untitled plan in @self.
 */
void
nv_window_new_plan (NvWindow *self)
{
  g_autoptr(NvPlan) plan = nv_plan_new ();

  g_return_if_fail (NV_IS_WINDOW (self));

  set_plan (self, plan);
}

/**
 * nv_window_restore:
 *
 * Shows the plan of a recovery copy, as the unsaved changes of its file.
 */
gboolean
nv_window_restore (NvWindow         *self,
                   NvRecoveryEntry  *entry,
                   GError          **error)
{
  g_autoptr(NvPlan) plan = nv_recovery_load (entry, error);

  g_return_val_if_fail (NV_IS_WINDOW (self), FALSE);

  if (plan == NULL)
    return FALSE;

  /* Keep updating the same copy until the plan is saved */
  g_free (self->recovery_id);
  self->recovery_id = g_strdup (entry->id);
  set_file (self, entry->original);
  nv_history_mark_modified (nv_plan_get_history (plan));
  set_plan (self, plan);
  return TRUE;
}

/**
 * nv_window_is_blank:
 *
 * Whether @self holds an untitled plan the user has not touched, which
 * an opened file may take the place of.
 */
gboolean
nv_window_is_blank (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), FALSE);

  return self->plan == NULL ||
         (self->file == NULL && !is_modified (self) &&
          g_list_model_get_n_items (nv_plan_get_networks (self->plan)) == 0 &&
          g_list_model_get_n_items (nv_plan_get_people (self->plan)) == 0);
}

NvPlan *
nv_window_get_plan (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), NULL);

  return self->plan;
}

GFile *
nv_window_get_file (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), NULL);

  return self->file;
}

const char *
nv_window_get_recovery_id (NvWindow *self)
{
  g_return_val_if_fail (NV_IS_WINDOW (self), NULL);

  return self->recovery_id;
}

/* ───────────────────────── Saving ───────────────────────── */

static gboolean close_when_idle_cb (gpointer user_data);

void
nv_window_show_error (NvWindow   *self,
            const char *heading,
            const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves to @file. On failure the user is told why, the edits stay in
 * memory and the file on disk is as it was. */
static gboolean
save_to (NvWindow *self,
         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  if (!nv_plan_save_to_file (self->plan, file, NULL, &error))
    {
      nv_window_show_error (self, _("Could Not Save the Plan"), error->message);
      return FALSE;
    }

  set_file (self, file);
  nv_history_mark_saved (nv_plan_get_history (self->plan));
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  nv_recovery_discard (self->recovery_id);
  add_to_recent (file);
  update_titles (self);

  if (self->close_after_save)
    {
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_when_idle_cb, g_object_ref (self), g_object_unref);
    }
  return TRUE;
}

void
nv_window_save (NvWindow *self)
{
  if (self->file == NULL)
    nv_window_save_as (self);
  else if (!save_to (self, self->file))
    self->close_after_save = FALSE;
}

void
nv_window_remember_folder (NvWindow *self,
                 GFile    *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = folder ? g_file_get_uri (folder) : NULL;

  if (self->settings != NULL && uri != NULL)
    g_settings_set_string (self->settings, "last-folder", uri);
}

static GtkFileFilter *
file_filter (const char *name,
             const char *mime_type,
             const char *suffix)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  return filter;
}

/**
 * nv_file_chooser_new:
 * @kind: what kind of file is opened or saved
 *
 * Returns: (transfer full): a native file chooser in the folder the
 * user last used
 */
GtkFileChooserNative *
nv_file_chooser_new (GtkWindow            *parent,
                     GtkFileChooserAction  action,
                     GSettings            *settings,
                     NvFileKind            kind)
{
  gboolean saving = action == GTK_FILE_CHOOSER_ACTION_SAVE;
  const char *title = kind == NV_FILE_CALENDAR ? _("Export to Calendar")
                    : kind == NV_FILE_PDF ? _("Export as PDF")
                    : saving ? _("Save Plan") : _("Open Plan");
  GtkFileChooserNative *chooser =
    gtk_file_chooser_native_new (title, parent, action,
                                 kind != NV_FILE_PLAN ? _("_Export") : saving ? _("_Save") : _("_Open"), _("_Cancel"));
  g_autoptr(GtkFileFilter) filter = kind == NV_FILE_CALENDAR ? file_filter (_("Calendar Files"), "text/calendar", "ics")
                                  : kind == NV_FILE_PDF ? file_filter (_("PDF Documents"), "application/pdf", "pdf")
                                  : file_filter (_("Netværk Plans"), "application/x-netvaerk-plan", "netvaerk");
  g_autofree char *last_folder = settings ? g_settings_get_string (settings, "last-folder") : NULL;

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (last_folder != NULL && last_folder[0] != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (last_folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  return chooser;
}

static void
save_as (NvWindow *self,
         GFile    *file)
{
  nv_window_remember_folder (self, file);
  if (!save_to (self, file))
    self->close_after_save = FALSE;
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        NvWindow         *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "nv-file");

  if (g_strcmp0 (response, "replace") == 0)
    save_as (self, file);
  else
    self->close_after_save = FALSE;
}

/* The file chooser asked before replacing the name the user typed; with
 * the extension added, the name is another one, so this asks again */
static void
confirm_replace (NvWindow *self,
                 GFile    *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = g_file_get_parse_name (parent);
  g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), name);
  g_autofree char *body = g_strdup_printf (_("A plan of that name is already in “%s”. "
                                             "Replacing it overwrites what it contains."), folder);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "nv-file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (on_replace_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_as_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        NvWindow        *self)
{
  g_autoptr(GFile) chosen = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *basename = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      self->close_after_save = FALSE;
      goto out;
    }

  chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  basename = g_file_get_basename (chosen);

  /* Plans are found by their extension: add it if the user left it out */
  if (g_str_has_suffix (basename, NV_PLAN_FILE_SUFFIX))
    save_as (self, chosen);
  else
    {
      g_autoptr(GFile) parent = g_file_get_parent (chosen);
      g_autofree char *name = g_strconcat (basename, NV_PLAN_FILE_SUFFIX, NULL);

      file = g_file_get_child (parent, name);
      if (g_file_query_exists (file, NULL) &&
          (self->file == NULL || !g_file_equal (file, self->file)))
        confirm_replace (self, file);
      else
        save_as (self, file);
    }

out:
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

void
nv_window_save_as (NvWindow *self)
{
  GtkFileChooserNative *chooser = nv_file_chooser_new (GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                       self->settings, NV_FILE_PLAN);
  g_autofree char *name = display_name (self);
  g_autofree char *suggested = g_strconcat (name, NV_PLAN_FILE_SUFFIX, NULL);

  g_strdelimit (suggested, "/\\", '-');
  if (self->file != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), self->file, NULL);
  else
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested);

  g_signal_connect (chooser, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ───────────────────────── Closing ───────────────────────── */

static void
save_window_state (NvWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set (self->settings, "window-size", "(ii)", width, height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

static gboolean
close_when_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* The dialog is still answering when its response arrives: the window
 * it belongs to may only go once it is done */
static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      NvWindow         *self)
{
  if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      nv_window_save (self);
    }
  else if (g_str_equal (response, "discard"))
    {
      self->close_confirmed = TRUE;
      g_idle_add_full (G_PRIORITY_DEFAULT, close_when_idle_cb, g_object_ref (self), g_object_unref);
    }
}

/* Asks before unsaved changes are lost: Save, Discard or Cancel */
static gboolean
nv_window_close_request (GtkWindow *window)
{
  NvWindow *self = NV_WINDOW (window);
  g_autofree char *name = NULL;
  GtkWidget *dialog;

  if (is_modified (self) && !self->close_confirmed)
    {
      name = display_name (self);
      dialog = adw_message_dialog_new (window, _("Save Changes?"), NULL);
      adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                      _("“%s” has unsaved changes. Changes which are not saved will be permanently lost."),
                                      name);
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (on_close_response_cb), self);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  /* Closing on purpose: the recovery copy is no longer wanted */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  nv_recovery_discard (self->recovery_id);
  save_window_state (self);

  return GTK_WINDOW_CLASS (nv_window_parent_class)->close_request (window);
}

/* ───────────────────────── Class ───────────────────────── */

static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE) : NULL;

  /* Run from the build directory without GSETTINGS_SCHEMA_DIR: no settings */
  if (schema == NULL)
    return NULL;

  return g_settings_new (APPLICATION_ID);
}

static void
nv_window_constructed (GObject *object)
{
  NvWindow *self = NV_WINDOW (object);
  GApplication *app = g_application_get_default ();

  G_OBJECT_CLASS (nv_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      int width, height;

      g_settings_get (self->settings, "window-size", "(ii)", &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  if (NV_IS_APPLICATION (app))
    g_menu_append_section (self->recent_submenu, NULL,
                           nv_application_get_recent_menu (NV_APPLICATION (app)));
}

static void
nv_window_dispose (GObject *object)
{
  NvWindow *self = NV_WINDOW (object);

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_handle_id (&self->pending_source, g_source_remove);
  g_clear_object (&self->pending_plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_WINDOW);
  /* (The pages were the main stack's, gone with it) */
  self->people_page = NULL;
  self->network_page = NULL;
  self->meeting_page = NULL;
  g_clear_object (&self->selection);
  g_clear_pointer (&self->meeting_sorters, g_ptr_array_unref);
  g_clear_object (&self->shown_item);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->recovery_id, g_free);

  G_OBJECT_CLASS (nv_window_parent_class)->dispose (object);
}

static void
nv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  NvWindow *self = NV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
nv_window_class_init (NvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = nv_window_constructed;
  object_class->dispose = nv_window_dispose;
  object_class->get_property = nv_window_get_property;
  window_class->close_request = nv_window_close_request;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, NV_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, NvWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, sidebar_title);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, item_menu_button);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, network_menu);
  gtk_widget_class_bind_template_child (widget_class, NvWindow, meeting_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_clicked_cb);

  nv_window_class_install_actions (widget_class);
  nv_window_class_install_document_actions (widget_class);
  nv_window_class_install_minutes_actions (widget_class);


}

/**
 * nv_window_drop_files:
 * @files: (element-type GFile): what was dropped on the window
 *
 * Dropped calendars (.ics in any case) are imported into the plan shown,
 * if there is one; anything else opens as a plan.
 */
void
nv_window_drop_files (NvWindow *self,
                      GSList   *files)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();

  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);
      g_autofree char *folded = g_utf8_casefold (name, -1);

      /* A calendar is no plan: without a plan to go into, it is left */
      if (g_str_has_suffix (folded, ".ics"))
        nv_window_import_calendar (self, l->data);
      else
        g_ptr_array_add (plans, l->data);
    }

  if (plans->len > 0)
    g_application_open (g_application_get_default (), (GFile **) plans->pdata, plans->len, "");
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            NvWindow      *self)
{
  nv_window_drop_files (self, g_value_get_boxed (value));
  return TRUE;
}

static void
nv_window_init (NvWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = settings_new ();
  self->recovery_id = nv_recovery_new_id ();
  self->meeting_sorters = g_ptr_array_new_with_free_func (g_object_unref);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_sidebar_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_sidebar_item), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_sidebar_item), NULL);
  gtk_list_view_set_factory (self->sidebar_list, factory);
  g_object_unref (factory);

  g_signal_connect (self, "realize", G_CALLBACK (on_realize_cb), NULL);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  show_empty_state (self);
  update_titles (self);
  update_actions (self);
}

static GtkScrolledWindow *
first_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return GTK_SCROLLED_WINDOW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkScrolledWindow *found = first_scrolled_window (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * nv_window_show_page:
 * @what: "grid" for the planning grid of the plan's first network,
 *   "people" for the people, or the id of a network or a meeting
 *
 * Shows a page, for bench/run.sh.
 *
 * Returns: (transfer none) (nullable): the page's scrolled window, %NULL
 * if the plan has no such page
 */
GtkScrolledWindow *
nv_window_show_page (NvWindow   *self,
                     const char *what)
{
  GListModel *networks;
  NvRecord *record;

  g_return_val_if_fail (NV_IS_WINDOW (self), NULL);

  if (self->plan == NULL)
    return NULL;

  if (g_str_equal (what, "people"))
    {
      nv_window_select_item (self, G_OBJECT (self->plan));
      return first_scrolled_window (GTK_WIDGET (self->people_page));
    }

  if (g_str_equal (what, "grid"))
    {
      networks = nv_plan_get_networks (self->plan);
      if (g_list_model_get_n_items (networks) == 0)
        return NULL;
      nv_window_select_item (self, G_OBJECT (nv_record_list_peek (NV_RECORD_LIST (networks), 0)));
      adw_view_stack_set_visible_child_name (nv_network_page_get_views (self->network_page), "grid");
      return nv_planning_grid_get_scroller (nv_network_page_get_grid (self->network_page));
    }

  record = nv_plan_lookup (self->plan, what);
  if (NV_IS_NETWORK (record))
    {
      nv_window_select_item (self, G_OBJECT (record));
      return first_scrolled_window (GTK_WIDGET (self->network_page));
    }
  if (NV_IS_MEETING (record))
    {
      nv_window_select_item (self, G_OBJECT (record));
      return first_scrolled_window (GTK_WIDGET (self->meeting_page));
    }
  return NULL;
}
