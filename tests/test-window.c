/* test-window.c: the real window on the sample plans
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "nv-agenda-item.h"
#include "nv-enums.h"
#include "nv-meeting.h"
#include "nv-network.h"
#include "nv-person.h"
#include "nv-util.h"
#include "nv-application.h"
#include "nv-plan-file.h"
#include "nv-recovery.h"
#include "nv-safe-file.h"
#include "nv-schedule-dialog.h"
#include "nv-series.h"
#include "nv-window.h"

#include <glib/gstdio.h>
#include <signal.h>

/* A template child by its id in the .ui file */
static GtkWidget *
find_by_id (GtkWidget  *root,
            const char *id)
{
  if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (root)), id) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_id (child, id);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
wait_until_drawn (GtkWidget *widget)
{
  while (!gtk_widget_get_mapped (widget) || g_main_context_pending (NULL))
    g_main_context_iteration (NULL, TRUE);
}

static NvWindow *
open_sample (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "data", "samples", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);

  nv_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));
  return window;
}

/* The sidebar lists every network and, under it, its meetings in date
 * order; choosing one shows it. */
static void
test_window_shows_plan (void)
{
  NvWindow *window = open_sample ("familieplejere.netvaerk");
  NvPlan *plan = nv_window_get_plan (window);
  GtkListView *list = GTK_LIST_VIEW (find_by_id (GTK_WIDGET (window), "sidebar_list"));
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  GtkStack *stack = GTK_STACK (find_by_id (GTK_WIDGET (window), "main_stack"));
  g_autoptr(GtkTreeListRow) row = NULL;
  guint previous_date = 0;

  g_assert_nonnull (plan);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, nv_plan_get_name (plan));

  /* People, then one network and its three meetings */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  row = g_list_model_get_item (G_LIST_MODEL (model), 1);
  g_assert_true (NV_IS_NETWORK (gtk_tree_list_row_get_item (row)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");

  for (guint i = 2; i < 5; i++)
    {
      g_autoptr(GtkTreeListRow) meeting_row = g_list_model_get_item (G_LIST_MODEL (model), i);
      g_autoptr(NvMeeting) meeting = gtk_tree_list_row_get_item (meeting_row);

      g_assert_true (NV_IS_MEETING (meeting));
      g_assert_cmpuint (nv_meeting_get_date (meeting), >, previous_date);
      previous_date = nv_meeting_get_date (meeting);
    }

  gtk_selection_model_select_item (model, 3, TRUE);
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "meeting");

  gtk_selection_model_select_item (model, 0, TRUE);
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "people");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every sample opens */
static void
test_window_opens_samples (void)
{
  static const char * const samples[] = {
    "bydelsmoedre.netvaerk", "social-kapital.netvaerk", "netvaerksforloeb.netvaerk",
  };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      NvWindow *window = open_sample (samples[i]);
      GtkStack *stack = GTK_STACK (find_by_id (GTK_WIDGET (window), "main_stack"));

      g_assert_nonnull (nv_window_get_plan (window));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* A broken file shows why it cannot be opened, in the window */
static void
test_window_shows_error (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "malformed",
                                            "EXPECTED", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);
  GtkStack *stack = GTK_STACK (find_by_id (GTK_WIDGET (window), "main_stack"));
  AdwStatusPage *status;

  nv_window_load_file (window, file);
  g_assert_null (nv_window_get_plan (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  status = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "JSON"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A plan of @n_meetings meetings in one network, written to a fresh folder */
static GFile *
write_large_plan (guint n_meetings)
{
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "stor.netvaerk", NULL);
  g_autoptr(GString) json = g_string_new ("{\n  \"format\": \"netvaerk-plan\",\n  \"version\": 1,\n"
                                          "  \"name\": \"Stor plan\",\n"
                                          "  \"people\": [{\"id\": \"p-1\", \"name\": \"Søren Ågård\"}],\n"
                                          "  \"networks\": [{\"id\": \"n-1\", \"name\": \"Ældrenetværket\", \"meetings\": [");

  for (guint i = 0; i < n_meetings; i++)
    g_string_append_printf (json, "%s\n    {\"id\": \"m-%u\", \"title\": \"Netværksmøde %u\", "
                            "\"date\": \"%04u-03-10\", \"start\": \"15:00\", \"chair\": \"p-1\", "
                            "\"agenda\": [{\"id\": \"a-%u-1\", \"title\": \"Velkomst\", \"duration\": 10}, "
                            "{\"id\": \"a-%u-2\", \"title\": \"Erfaringsudveksling\", \"duration\": 60}]}",
                            i > 0 ? "," : "", i, i + 1, 2000 + i % 5000, i, i);
  g_string_append (json, "\n  ]}]\n}\n");

  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));
  return g_file_new_for_path (path);
}

static guint
count_widgets (GtkWidget *root,
               GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_widgets (child, type);

  return n;
}

/* A plan opened from the application is read in a thread: the window
 * shows it is opening the plan and answers meanwhile; then it shows the
 * plan, with a sidebar that makes rows only for what is on screen */
static void
test_window_opens_in_thread (void)
{
  g_autoptr(GFile) file = write_large_plan (3000);
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);
  GtkStack *stack = GTK_STACK (find_by_id (GTK_WIDGET (window), "main_stack"));
  GtkWidget *sidebar = find_by_id (GTK_WIDGET (window), "sidebar_list");
  GtkSelectionModel *model;

  nv_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));

  /* The plan arrives through the main loop, never before it runs */
  g_assert_true (nv_window_is_loading (window));
  g_assert_null (nv_window_get_plan (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "loading");
  g_assert_true (gtk_widget_is_ancestor (find_by_id (GTK_WIDGET (window), "loading_progress"),
                                         gtk_stack_get_visible_child (stack)));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "stor.netvaerk"));

  while (nv_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  wait_until_drawn (GTK_WIDGET (window));

  g_assert_nonnull (nv_window_get_plan (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Stor plan");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");
  g_assert_false (gtk_widget_get_mapped (find_by_id (GTK_WIDGET (window), "loading_progress")));

  /* People, the network and its 3 000 meetings; a screenful of rows */
  model = gtk_list_view_get_model (GTK_LIST_VIEW (sidebar));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 3002);
  g_assert_cmpuint (count_widgets (sidebar, GTK_TYPE_TREE_EXPANDER), <, 300);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A broken file opened in a thread shows why, as one read at once does;
 * a window closed while it reads goes away once the thread is done */
static void
test_window_open_error_and_close (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "tests", "malformed",
                                            "EXPECTED", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (path);
  g_autoptr(GFile) large = write_large_plan (3000);
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);
  GtkStack *stack = GTK_STACK (find_by_id (GTK_WIDGET (window), "main_stack"));
  AdwStatusPage *status;

  nv_window_open_file (window, broken);
  while (nv_window_is_loading (window))
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (nv_window_get_plan (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  status = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "JSON"));
  gtk_window_destroy (GTK_WINDOW (window));

  window = g_object_new (NV_TYPE_WINDOW, NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  nv_window_open_file (window, large);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (window));
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);
}

/* A row of a form, by its title */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A copy of a sample plan in a fresh folder, to edit and save */
static GFile *
copy_sample (const char *name)
{
  g_autofree char *source = g_build_filename (g_getenv ("NETVAERK_SOURCE_DIR"), "data", "samples", name, NULL);
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return g_file_new_for_path (path);
}

static NvWindow *
open_file (GFile *file)
{
  NvWindow *window = g_object_new (NV_TYPE_WINDOW, NULL);

  nv_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));
  return window;
}

/* Selects the first meeting of the first network and returns its page */
static NvMeeting *
show_first_meeting (NvWindow *window)
{
  GtkListView *list = GTK_LIST_VIEW (find_by_id (GTK_WIDGET (window), "sidebar_list"));
  GtkSelectionModel *model = gtk_list_view_get_model (list);
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (G_LIST_MODEL (model), 2);

  gtk_selection_model_select_item (model, 2, TRUE);
  wait_until_drawn (GTK_WIDGET (window));
  return NV_MEETING (gtk_tree_list_row_get_item (row));
}

static GtkEditable *
subtheme_entry (NvWindow *window)
{
  GtkWidget *page = find_by_id (GTK_WIDGET (window), "meeting_page");
  GtkWidget *row = find_row (page, ADW_TYPE_ENTRY_ROW, "Sub-theme");

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

/* Edit a meeting's sub-theme in its field, undo, redo, save, reload */
static void
test_edit_undo_save (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  GtkEditable *entry = subtheme_entry (window);
  g_autofree char *before = g_strdup (nv_meeting_get_subtheme (meeting));
  g_autoptr(GError) error = NULL;
  g_autoptr(NvPlan) reloaded = NULL;

  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  gtk_editable_set_text (entry, "Vores første netværksønsker");
  g_assert_cmpstr (nv_meeting_get_subtheme (meeting), ==, "Vores første netværksønsker");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpstr (nv_meeting_get_subtheme (meeting), ==, before);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, before ? before : "");
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (nv_meeting_get_subtheme (meeting), ==, "Vores første netværksønsker");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "Vores første netværksønsker");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  reloaded = nv_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (nv_record_equal (NV_RECORD (reloaded), NV_RECORD (nv_window_get_plan (window))));
  g_assert_cmpstr (nv_meeting_get_subtheme (NV_MEETING (nv_plan_lookup (reloaded, nv_record_get_id (NV_RECORD (meeting))))),
                   ==, "Vores første netværksønsker");

  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent)
      return l->data;

  return NULL;
}

/* Closing with unsaved changes asks first; Cancel keeps everything */
static void
test_close_asks (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  AdwMessageDialog *dialog;
  g_autofree char *recovery_info = NULL;
  g_autofree char *dir = nv_recovery_get_dir ();

  recovery_info = g_strconcat (dir, "/", nv_window_get_recovery_id (window), ".info", NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_editable_set_text (subtheme_entry (window), "Ændret");

  gtk_window_close (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));

  adw_message_dialog_response (dialog, "cancel");
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_nonnull (window);
  g_assert_cmpstr (nv_meeting_get_subtheme (meeting), ==, "Ændret");

  gtk_window_close (GTK_WINDOW (window));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "discard");
  while (window != NULL)
    g_main_context_iteration (NULL, TRUE);

  /* The file is as it was, and no recovery copy is left behind */
  {
    g_autoptr(NvPlan) reloaded = nv_plan_load_from_file (file, NULL, NULL);
    g_assert_cmpstr (nv_meeting_get_subtheme (NV_MEETING (nv_plan_lookup (reloaded, nv_record_get_id (NV_RECORD (meeting))))),
                     !=, "Ændret");
  }
  g_assert_false (g_file_test (recovery_info, G_FILE_TEST_EXISTS));
}

/* Typed times and lengths are checked as they are typed: an impossible
 * one is marked and never reaches the plan */
static void
test_validation (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  GtkWidget *page = find_by_id (GTK_WIDGET (window), "meeting_page");
  GtkEditable *start = GTK_EDITABLE (find_row (page, ADW_TYPE_ENTRY_ROW, "Start"));
  GtkEditable *length = GTK_EDITABLE (find_row (page, ADW_TYPE_ENTRY_ROW, "Length"));
  int before = nv_meeting_get_start (meeting);

  /* Typed one key at a time, "25.00" passes through "2", a valid time:
   * it must not be what stays */
  gtk_widget_grab_focus (GTK_WIDGET (start));
  gtk_editable_set_text (start, "2");
  g_assert_cmpint (nv_meeting_get_start (meeting), ==, 2 * 60);
  gtk_editable_set_text (start, "25.00");
  g_assert_cmpint (nv_meeting_get_start (meeting), ==, before);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (start), "error"));

  gtk_editable_set_text (start, "9.30");
  g_assert_cmpint (nv_meeting_get_start (meeting), ==, 9 * 60 + 30);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (start), "error"));

  gtk_widget_grab_focus (GTK_WIDGET (length));
  gtk_editable_set_text (length, "1 t 30 min");
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, 90);

  /* Leave the field and come back: what was typed is kept... */
  gtk_widget_grab_focus (GTK_WIDGET (start));
  gtk_widget_grab_focus (GTK_WIDGET (length));
  wait_until_drawn (GTK_WIDGET (window));

  /* ...and text that is no length leaves it as it was */
  gtk_editable_set_text (length, "abc");
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, 90);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (length), "error"));
  gtk_editable_set_text (length, "");
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, -1);

  /* An undo shows in the field */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpint (nv_meeting_get_duration (meeting), ==, 90);
  g_assert_cmpstr (gtk_editable_get_text (length), ==, "1 h 30 min");

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
time_label_text (GtkListBox *list,
                 guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  return gtk_label_get_text (g_object_get_data (G_OBJECT (row), "nv-agenda-time-label"));
}

/* Type into the field that has the focus, as a user would */
static void
type_into_focus (NvWindow   *window,
                 const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_set_text (GTK_EDITABLE (focus), text);
}

/* The length field of the agenda item whose title has the focus */
static GtkEditable *
focused_item_length (NvWindow *window)
{
  GtkWidget *row = gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), ADW_TYPE_EXPANDER_ROW);

  return GTK_EDITABLE (find_row (row, ADW_TYPE_ENTRY_ROW, "Duration"));
}

/* A three-item agenda typed from the keyboard: Ctrl+Return starts an
 * item, its title takes the typing; Alt+Down moves one; Ctrl+Z undoes */
static void
test_agenda_keyboard (void)
{
  g_autoptr(GFile) file = copy_sample ("netvaerksforloeb.netvaerk");
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  GtkWidget *editor = find_by_id (GTK_WIDGET (window), "agenda_editor");
  GtkListBox *list = GTK_LIST_BOX (find_by_id (editor, "list"));
  GtkLabel *total = GTK_LABEL (find_by_id (editor, "total_label"));
  static const struct { const char *title, *length; } items[] = {
    { "Velkomst", "15" }, { "Oplæg om X", "1:30" }, { "Opsamling", "1 h" },
  };

  g_assert_cmpint (nv_meeting_get_start (meeting), ==, 13 * 60);
  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (meeting)), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_assert_true (gtk_widget_activate_action (editor, "agenda.add", NULL));
      wait_until_drawn (GTK_WIDGET (window));
      type_into_focus (window, items[i].title);
      gtk_editable_set_text (focused_item_length (window), items[i].length);
    }

  g_assert_cmpuint (g_list_model_get_n_items (nv_meeting_get_agenda (meeting)), ==, 3);
  g_assert_cmpstr (time_label_text (list, 0), ==, "13:00–13:15");
  g_assert_cmpstr (time_label_text (list, 1), ==, "13:15–14:45");
  g_assert_cmpstr (time_label_text (list, 2), ==, "14:45–15:45");
  g_assert_cmpstr (gtk_label_get_text (total), ==, "Total 2 hours 45 minutes");

  /* In the first item's title: Alt+Down moves it below the second */
  g_assert_true (gtk_widget_grab_focus (find_row (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)),
                                                  ADW_TYPE_ENTRY_ROW, "Title")));
  g_assert_true (gtk_widget_activate_action (editor, "agenda.move-focused-down", NULL));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (nv_agenda_item_get_title (NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), 1))),
                   ==, "Velkomst");
  g_assert_cmpstr (time_label_text (list, 0), ==, "13:00–14:30");
  g_assert_cmpstr (time_label_text (list, 1), ==, "14:30–14:45");

  /* Undone: back in the typed order, with the typed times */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (nv_agenda_item_get_title (NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), 0))),
                   ==, "Velkomst");
  g_assert_cmpstr (time_label_text (list, 0), ==, "13:00–13:15");
  g_assert_cmpstr (time_label_text (list, 1), ==, "13:15–14:45");
  g_assert_cmpstr (time_label_text (list, 2), ==, "14:45–15:45");

  /* The meeting's start moves every item */
  gtk_editable_set_text (GTK_EDITABLE (find_row (find_by_id (GTK_WIDGET (window), "meeting_page"),
                                                 ADW_TYPE_ENTRY_ROW, "Start")), "9.00");
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpstr (time_label_text (list, 2), ==, "10:45–11:45");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
label_with_text (GtkWidget  *root,
                 const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (label_with_text (child, text))
      return TRUE;

  return FALSE;
}

/* What a file or a user wrote shows as written: markup is not read, and
 * control characters, direction overrides, emoji and very long text
 * break nothing */
static void
test_hostile_content (void)
{
  static const char markup[] = "<span size='99999'>Stor</span> & <b>fed</b>";
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-hostile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.netvaerk", NULL);
  g_autofree char *broken_path = g_build_filename (dir, "broken.netvaerk", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  g_autoptr(NvPlan) plan = nv_plan_new ();
  g_autoptr(NvNetwork) network = nv_network_new ();
  g_autoptr(NvMeeting) meeting = nv_meeting_new ();
  g_autoptr(NvPerson) person = nv_person_new ();
  g_autoptr(NvPerson) long_person = nv_person_new ();
  g_autofree char *long_name = g_strnfill (100000, 'x');
  NvWindow *window, *error_window;
  GtkWidget *error_page;

  g_free (nv_record_make_id (NV_RECORD (network)));
  g_free (nv_record_make_id (NV_RECORD (meeting)));
  g_free (nv_record_make_id (NV_RECORD (person)));
  g_free (nv_record_make_id (NV_RECORD (long_person)));
  nv_network_set_name (network, markup);
  nv_meeting_set_title (meeting, "Møde \u202Eesrever\u202C \U0001F600\x01\x7F\t");
  nv_meeting_set_date (meeting, nv_date_from_ymd (2027, 3, 2));
  nv_person_set_name (person, markup);
  nv_person_set_name (long_person, long_name);
  nv_record_list_append (NV_RECORD_LIST (nv_network_get_meetings (network)), NV_RECORD (meeting));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_networks (plan)), NV_RECORD (network));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (person));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_people (plan)), NV_RECORD (long_person));
  g_assert_true (nv_plan_save_to_file (plan, file, NULL, NULL));

  window = open_file (file);
  g_assert_true (label_with_text (GTK_WIDGET (window), markup));

  show_first_meeting (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (find_by_id (GTK_WIDGET (window), "meeting_page"),
                                                                  ADW_TYPE_ENTRY_ROW, "Title"))),
                   ==, nv_meeting_get_title (meeting));

  /* The people page with the long name, and a toast that names the other */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-people", NULL));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete", "s",
                                             nv_record_get_id (nv_plan_lookup (nv_window_get_plan (window),
                                                                               nv_record_get_id (NV_RECORD (person))))));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (label_with_text (GTK_WIDGET (window), markup));
  gtk_window_destroy (GTK_WINDOW (window));

  /* An error quoting the file shows the quote as it is */
  g_assert_true (g_file_set_contents (broken_path,
                                      "{\"format\": \"netvaerk-plan\", \"version\": 1, \"networks\": "
                                      "[{\"id\": \"n\", \"start_date\": \"<b>i går</b>\"}]}", -1, NULL));
  error_window = g_object_new (NV_TYPE_WINDOW, NULL);
  nv_window_load_file (error_window, broken);
  error_page = find_by_id (GTK_WIDGET (error_window), "error_page");
  g_assert_true (label_with_text (error_page, "“<b>i går</b>” is not a valid date"));
  gtk_window_destroy (GTK_WINDOW (error_window));
}

static guint
count_link_buttons (GtkWidget *root)
{
  guint n = GTK_IS_BUTTON (root) &&
            g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), "win.open-link") == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_link_buttons (child);
  return n;
}

/* Opens @line through the window and returns the body of the error
 * it must give */
static char *
refused_link_message (NvWindow   *window,
                      const char *line)
{
  AdwMessageDialog *dialog;
  char *body;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", line));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Attachment");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  adw_message_dialog_response (dialog, "close");
  gtk_window_destroy (GTK_WINDOW (dialog));
  return body;
}

/* Attachment lines that are links get a button; what is not a web page
 * or a document is refused with a message, and nothing is run */
static void
test_attachment_links (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  g_autofree char *dir = g_dir_make_tmp ("netvaerk-links-XXXXXX", NULL);
  g_autofree char *launcher = g_build_filename (dir, "bilag.desktop", NULL);
  g_autofree char *not_a_link = NULL;
  g_autofree char *program = NULL;
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  GtkWidget *page = find_by_id (GTK_WIDGET (window), "meeting_page");
  NvAgendaItem *item = NV_AGENDA_ITEM (nv_record_list_peek (NV_RECORD_LIST (nv_meeting_get_agenda (meeting)), 0));
  const char *lines[] = { "Bilag 1: budget", "https://www.kk.dk/dagsorden.pdf", "javascript:alert(1)", launcher, NULL };

  g_assert_true (g_file_set_contents (launcher, "[Desktop Entry]\nType=Application\nName=Bilag\nExec=false\n", -1, NULL));
  g_assert_cmpuint (count_link_buttons (page), ==, 0);
  nv_agenda_item_set_attachments (item, lines);
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpuint (count_link_buttons (page), ==, 2);

  not_a_link = refused_link_message (window, "javascript:alert(1)");
  g_assert_nonnull (strstr (not_a_link, "https:"));
  program = refused_link_message (window, launcher);
  g_assert_nonnull (strstr (program, "bilag.desktop"));
  g_assert_nonnull (strstr (program, "program"));

  nv_agenda_item_set_attachments (item, NULL);
  g_assert_cmpuint (count_link_buttons (page), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The reminder's drop-down, as the user sees it in the chooser */
static GtkDropDown *
find_drop_down (GtkWidget *root)
{
  if (GTK_IS_DROP_DOWN (root))
    return GTK_DROP_DOWN (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkFileChooserDialog *
find_file_chooser (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

/* Exporting a meeting through the file chooser, with a reminder chosen
 * there: the file has the meeting and its alarm */
static void
test_export_meeting (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GFile) calendar = g_file_get_child (folder, "møde.ics");
  g_autofree char *text = NULL;
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  GtkFileChooserDialog *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-ics", "s", "meeting"));
  wait_until_drawn (GTK_WIDGET (window));
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "reminder"), ==, "-1");
  gtk_drop_down_set_selected (find_drop_down (GTK_WIDGET (chooser)), 2);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "reminder"), ==, "60");
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "møde.ics");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  {
    gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    /* The chooser checks the folder asynchronously before it answers */
    while (!g_file_query_exists (calendar, NULL) && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
  }

  g_assert_true (g_file_load_contents (calendar, NULL, &text, NULL, NULL, NULL));
  g_assert_nonnull (strstr (text, "METHOD:PUBLISH\r\n"));
  g_assert_nonnull (strstr (text, nv_record_get_id (NV_RECORD (meeting))));
  g_assert_nonnull (strstr (text, "BEGIN:VALARM\r\n"));
  g_assert_nonnull (strstr (text, "TRIGGER:-PT1H\r\n"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (list); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += GTK_IS_LIST_BOX_ROW (child);
  return n;
}

/* The network's overview lists what to check across the series, and
 * follows every change, undo included */
static void
test_series_problems (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  NvWindow *window = open_file (file);
  NvPlan *plan = nv_window_get_plan (window);
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  NvMeeting *meeting = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (nv_network_get_meetings (network)), 0));
  GtkWidget *page, *group, *list;
  guint before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-record", "s",
                                             nv_record_get_id (NV_RECORD (network))));
  wait_until_drawn (GTK_WIDGET (window));
  page = find_by_id (GTK_WIDGET (window), "network_page");
  group = find_by_id (page, "problems_group");
  list = find_by_id (page, "problems_list");
  before = count_rows (list);
  {
    g_autoptr(GPtrArray) problems = nv_series_problems (plan, network);

    g_assert_cmpuint (before, ==, problems->len);
    g_assert_true (gtk_widget_get_visible (group) == (problems->len > 0));
  }

  nv_meeting_set_date (meeting, 0);
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_visible (group));
  g_assert_cmpuint (count_rows (list), ==, before + 1);
  g_assert_true (label_with_text (list, "has no date"));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (find_by_id (page, "series_group"))),
                                   "3 planned, 0 held"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_cmpuint (count_rows (list), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static NvScheduleDialog *
find_schedule_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (NV_IS_SCHEDULE_DIALOG (l->data))
      return l->data;

  return NULL;
}

/* Plan Meetings: the form's choices show as a preview, and Add puts
 * exactly those meetings after the network's own, as one undo step */
static void
test_plan_meetings (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  g_autoptr(GDateTime) first = g_date_time_new_local (2027, 8, 3, 12, 0, 0);
  NvWindow *window = open_file (file);
  NvPlan *plan = nv_window_get_plan (window);
  NvNetwork *network = NV_NETWORK (nv_record_list_peek (NV_RECORD_LIST (nv_plan_get_networks (plan)), 0));
  GListModel *meetings = nv_network_get_meetings (network);
  guint before = g_list_model_get_n_items (meetings);
  NvScheduleDialog *dialog;
  NvMeeting *last;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-record", "s",
                                             nv_record_get_id (NV_RECORD (network))));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-meetings", NULL));
  wait_until_drawn (GTK_WIDGET (window));
  dialog = find_schedule_dialog ();
  g_assert_nonnull (dialog);

  gtk_calendar_select_day (GTK_CALENDAR (find_by_id (GTK_WIDGET (dialog), "calendar")), first);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_by_id (GTK_WIDGET (dialog), "count_spin")), 3);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_by_id (GTK_WIDGET (dialog), "interval_spin")), 2);
  gtk_editable_set_text (GTK_EDITABLE (find_by_id (GTK_WIDGET (dialog), "alternate_row")), "kl 25");
  g_assert_true (label_with_text (find_by_id (GTK_WIDGET (dialog), "preview_list"), "is not a time"));
  gtk_editable_set_text (GTK_EDITABLE (find_by_id (GTK_WIDGET (dialog), "alternate_row")), "");
  g_assert_cmpuint (count_rows (find_by_id (GTK_WIDGET (dialog), "preview_list")), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, before);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "schedule.add", NULL));
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_null (find_schedule_dialog ());
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, before + 3);
  last = NV_MEETING (nv_record_list_peek (NV_RECORD_LIST (meetings), before + 2));
  g_assert_cmpuint (nv_meeting_get_date (last), ==, nv_date_from_ymd (2027, 8, 31));
  g_assert_cmpint (nv_meeting_get_kind (last), ==, NV_MEETING_KIND_CLOSING);
  g_assert_cmpint (nv_meeting_get_start (last), ==, nv_network_get_default_start (network));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (meetings), ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Quitting the application asks about each window's unsaved changes */
static void
test_quit_asks (void)
{
  g_autoptr(NvApplication) app = nv_application_new ();
  g_autoptr(GFile) file = copy_sample ("social-kapital.netvaerk");
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  NvWindow *window;

  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = g_object_new (NV_TYPE_WINDOW, "application", app, NULL);
  nv_window_load_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));
  show_first_meeting (window);
  gtk_editable_set_text (subtheme_entry (window), "Ikke gemt");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  wait_until_drawn (GTK_WIDGET (window));
  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");

  adw_message_dialog_response (dialog, "cancel");
  wait_until_drawn (GTK_WIDGET (window));
  g_assert_true (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window) != NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A save that fails (here: the disk is full half-way) says so, keeps the
 * edits and leaves the file on disk as it was */
static void
test_failed_save_keeps_edits (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  NvWindow *window = open_file (file);
  NvMeeting *meeting = show_first_meeting (window);
  g_autofree char *before = NULL, *after = NULL;
  gsize before_length, after_length;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_load_contents (file, NULL, &before, &before_length, NULL, NULL));
  gtk_editable_set_text (subtheme_entry (window), "Skal ikke gå tabt");

  nv_safe_file_inject_failure (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  nv_safe_file_inject_failure (-1);

  dialog = find_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Plan");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "familieplejere.netvaerk"));
  adw_message_dialog_response (dialog, "close");

  g_assert_true (g_file_load_contents (file, NULL, &after, &after_length, NULL, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  g_assert_cmpstr (nv_meeting_get_subtheme (meeting), ==, "Skal ikke gå tabt");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* With room on the disk again, the same edits save */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The child side of the kill test: edit, wait for the recovery copy,
 * then wait to be killed */
static int
run_child_editor (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *dir = nv_recovery_get_dir ();
  g_autofree char *info = NULL;
  NvWindow *window;

  g_settings_set_uint (settings, "autosave-interval", 1);
  window = open_file (file);
  show_first_meeting (window);
  gtk_editable_set_text (subtheme_entry (window), "Skrevet før nedbruddet");

  info = g_strconcat (dir, "/", nv_window_get_recovery_id (window), ".info", NULL);
  while (!g_file_test (info, G_FILE_TEST_EXISTS))
    g_main_context_iteration (NULL, TRUE);

  g_print ("ready\n");
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  g_assert_not_reached ();
}

/* Kill Netværk after an edit: the next start restores the edit */
static void
test_recovery_after_kill (void)
{
  g_autoptr(GFile) file = copy_sample ("familieplejere.netvaerk");
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GDataInputStream) output = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  NvRecoveryEntry *entry;
  NvWindow *window;

  g_subprocess_launcher_setenv (launcher, "NETVAERK_TEST_CHILD", g_file_peek_path (file), TRUE);
  child = g_subprocess_launcher_spawn (launcher, &error, "/proc/self/exe", NULL);
  g_assert_no_error (error);

  output = g_data_input_stream_new (g_subprocess_get_stdout_pipe (child));
  /* The child's test framework writes its own lines first */
  do
    {
      g_free (line);
      line = g_data_input_stream_read_line_utf8 (output, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  while (line != NULL && !g_str_equal (line, "ready"));
  g_assert_cmpstr (line, ==, "ready");

  g_subprocess_send_signal (child, SIGKILL);
  g_subprocess_wait (child, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (child));

  entries = nv_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_true (g_file_equal (entry->original, file));

  window = g_object_new (NV_TYPE_WINDOW, NULL);
  g_assert_true (nv_window_restore (window, entry, &error));
  g_assert_no_error (error);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (GTK_WIDGET (window));

  g_assert_true (g_file_equal (nv_window_get_file (window), file));
  g_assert_cmpstr (nv_meeting_get_subtheme (show_first_meeting (window)), ==, "Skrevet før nedbruddet");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));

  /* Saved: the recovery copy has done its work */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = nv_recovery_list ();
  g_assert_cmpuint (entries->len, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_test_skip ("No display: run under xvfb-run");
      return 77;
    }

  /* Recovery copies go to a folder of this run's own */
  if (g_getenv ("NETVAERK_TEST_CHILD") == NULL)
    {
      g_autofree char *data_home = g_dir_make_tmp ("netvaerk-data-XXXXXX", NULL);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
    }

  adw_init ();

  if (g_getenv ("NETVAERK_TEST_CHILD") != NULL)
    return run_child_editor (g_getenv ("NETVAERK_TEST_CHILD"));

  g_test_add_func ("/window/shows-plan", test_window_shows_plan);
  g_test_add_func ("/window/opens-samples", test_window_opens_samples);
  g_test_add_func ("/window/shows-error", test_window_shows_error);
  g_test_add_func ("/window/opens-in-thread", test_window_opens_in_thread);
  g_test_add_func ("/window/open-error-and-close", test_window_open_error_and_close);
  g_test_add_func ("/window/edit-undo-save", test_edit_undo_save);
  g_test_add_func ("/window/close-asks", test_close_asks);
  g_test_add_func ("/window/quit-asks", test_quit_asks);
  g_test_add_func ("/window/validation", test_validation);
  g_test_add_func ("/window/agenda-keyboard", test_agenda_keyboard);
  g_test_add_func ("/window/hostile-content", test_hostile_content);
  g_test_add_func ("/window/attachment-links", test_attachment_links);
  g_test_add_func ("/window/export-meeting", test_export_meeting);
  g_test_add_func ("/window/series-problems", test_series_problems);
  g_test_add_func ("/window/plan-meetings", test_plan_meetings);
  g_test_add_func ("/window/failed-save-keeps-edits", test_failed_save_keeps_edits);
  g_test_add_func ("/window/recovery-after-kill", test_recovery_after_kill);

  return g_test_run ();
}
