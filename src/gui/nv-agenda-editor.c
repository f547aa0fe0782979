/* nv-agenda-editor.c: a meeting's agenda, with the clock time of each
 * item, the total, and the seeds' warnings
 *
 * Copyright 2026 Netværk developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "nv-agenda.h"
#include "nv-agenda-editor.h"
#include "nv-agenda-templates.h"
#include "nv-field-row.h"
#include "nv-format.h"
#include "nv-gui-util.h"
#include "nv-history.h"
#include "nv-input.h"
#include "nv-referat.h"
#include "nv-template.h"
#include "nv-util.h"

#include <string.h>

/*
 * Each item is an expander row: collapsed it reads like a line of a
 * printed agenda ("18.00 – 18.15  Velkommen, v. ordstyrer"); expanded it
 * holds the item's fields. Any change anywhere in the plan recomputes the
 * clock times, so moving an item or changing a length moves everything
 * after it at once.
 */

struct _NvAgendaEditor
{
  AdwBin      parent_instance;

  GtkBox     *warnings_box;
  GtkListBox *list;
  GtkLabel   *total_label;
  GtkLabel   *end_label;
  GMenu      *templates_menu;

  NvPlan     *plan;
  NvMeeting  *meeting;
  gulong      history_handler;
};

G_DEFINE_FINAL_TYPE (NvAgendaEditor, nv_agenda_editor, ADW_TYPE_BIN)

#define TIME_LABEL_KEY "nv-agenda-time-label"
#define ITEM_KEY "nv-agenda-item"

static NvRecordList *
agenda (NvAgendaEditor *self)
{
  return NV_RECORD_LIST (nv_meeting_get_agenda (self->meeting));
}

static NvAgendaItem *
lookup_item (NvAgendaEditor *self,
             GVariant       *parameter)
{
  NvRecord *record = nv_plan_lookup (self->plan, g_variant_get_string (parameter, NULL));

  return NV_IS_AGENDA_ITEM (record) ? NV_AGENDA_ITEM (record) : NULL;
}

/* ───────────────── Rows ───────────────── */

static void
update_row (NvAgendaEditor *self,
            AdwExpanderRow *row,
            NvAgendaSlot   *slot)
{
  NvAgendaItem *item = g_object_get_data (G_OBJECT (row), ITEM_KEY);
  GtkLabel *time_label = g_object_get_data (G_OBJECT (row), TIME_LABEL_KEY);
  g_autofree char *range = nv_agenda_format_range (slot->start, slot->end);
  g_autofree char *length = nv_format_duration_short (nv_agenda_item_get_duration (item));
  g_autofree char *lead = nv_agenda_format_lead (self->plan, item);
  g_autofree char *subtitle = NULL;
  const char *title = nv_agenda_item_get_title (item);

  if (length == NULL)
    length = g_strdup (_("untimed"));
  subtitle = lead != NULL ? g_strdup_printf (_("%s · %s"), length, lead) : g_strdup (length);

  gtk_label_set_text (time_label, range != NULL ? range : "");
  nv_row_show_text (ADW_PREFERENCES_ROW (row), title != NULL ? title : _("Untitled item"), subtitle);

  if (nv_agenda_item_get_kind (item) == NV_ITEM_KIND_PAUSE)
    gtk_widget_add_css_class (GTK_WIDGET (row), "nv-pause");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "nv-pause");
}

static void
update_warnings (NvAgendaEditor *self)
{
  g_autoptr(GPtrArray) warnings = nv_agenda_check (self->meeting);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);

  for (guint i = 0; i < warnings->len; i++)
    {
      NvAgendaWarning *warning = g_ptr_array_index (warnings, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (warning->message);

      gtk_widget_add_css_class (icon, "warning");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (self->warnings_box, box);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), warnings->len > 0);
}

#define MINUTES_ROWS_KEY "nv-agenda-minutes-rows"

/* An item's minutes are read-only while they are approved */
static void
update_minutes_lock (NvAgendaEditor *self,
                     GtkWidget      *row)
{
  GPtrArray *rows = g_object_get_data (G_OBJECT (row), MINUTES_ROWS_KEY);
  gboolean locked = self->meeting != NULL && nv_minutes_is_locked (self->meeting);

  for (guint i = 0; rows != NULL && i < rows->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (rows, i), !locked);
}

/* The clock times, the total, the end and the warnings, all at once */
static void
refresh (NvAgendaEditor *self)
{
  g_autoptr(NvAgendaTimes) times = NULL;
  g_autofree char *total = NULL;
  g_autofree char *end = NULL;
  int planned;

  if (self->meeting == NULL)
    return;

  times = nv_agenda_times_new (self->meeting);
  for (guint i = 0; i < times->n_slots; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);

      if (row != NULL)
        {
          update_row (self, ADW_EXPANDER_ROW (row), &times->slots[i]);
          update_minutes_lock (self, GTK_WIDGET (row));
        }
    }

  /* An agenda without lengths (seed 000's) has no total to speak of */
  total = nv_agenda_format_total (times->total, times->lower_bound);
  if (total == NULL)
    total = g_strdup (_("No lengths given yet"));
  gtk_label_set_text (self->total_label, times->n_slots > 0 ? total : "");

  /* The end follows from the agenda, unless the meeting has a fixed
   * length: then the difference is what the user needs to see */
  planned = nv_meeting_get_duration (self->meeting);
  if (times->end >= 0)
    {
      g_autofree char *clock = nv_agenda_format_clock (times->end);

      /* With untimed items the agenda's length is unknown: no difference */
      if (planned >= 0 && planned != times->total && !times->lower_bound && times->n_slots > 0)
        {
          g_autofree char *difference = nv_format_duration (ABS (planned - times->total));

          end = g_strdup_printf (planned > times->total
                                 ? _("Ends at %s, %s after the agenda")
                                 : _("Ends at %s, while the agenda needs %s more"),
                                 clock, difference);
        }
      else
        end = g_strdup_printf (_("Ends at %s"), clock);
    }
  gtk_label_set_text (self->end_label, end != NULL ? end : "");

  update_warnings (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.copy-to-next",
                                 nv_meeting_find_next (self->meeting) != NULL && times->n_slots > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "agenda.move-to-next", nv_meeting_find_next (self->meeting) != NULL);
}

static GMenuModel *
item_menu_new (NvAgendaItem *item)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();
  const char *id = nv_record_get_id (NV_RECORD (item));
  g_autoptr(GMenuItem) entry = NULL;

#define ADD(menu, label, action) \
  entry = g_menu_item_new (label, NULL); \
  g_menu_item_set_action_and_target (entry, action, "s", id); \
  g_menu_append_item (menu, entry); \
  g_clear_object (&entry);

  ADD (section, _("Move _Up"), "agenda.move-up");
  ADD (section, _("Move Do_wn"), "agenda.move-down");
  ADD (section, _("Dupl_icate"), "agenda.duplicate");
  ADD (section, _("Move to _Next Meeting"), "agenda.move-to-next");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
  section = g_menu_new ();
  ADD (section, _("Add _Action Item"), "win.add-action");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
  section = g_menu_new ();
  ADD (section, _("_Delete"), "win.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);
#undef ADD

  return G_MENU_MODEL (menu);
}

/* Drag and drop: the handle carries the item's id; a row takes it */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    NvAgendaItem  *item)
{
  return gdk_content_provider_new_typed (G_TYPE_STRING, nv_record_get_id (NV_RECORD (item)));
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            GtkWidget     *row)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (gtk_widget_get_ancestor (row, NV_TYPE_AGENDA_EDITOR));
  NvRecord *dragged = nv_plan_lookup (self->plan, g_value_get_string (value));
  guint from, to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  if (dragged == NULL || !nv_record_list_find (agenda (self), dragged, &from))
    return FALSE;

  nv_record_list_move (agenda (self), from, to);
  return TRUE;
}

/* "Leading person" shows only for a lead by a person, "Led by (text)"
 * only for a lead by someone else */
static gboolean
lead_to_visible (GBinding     *binding,
                 const GValue *from,
                 GValue       *to,
                 gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_enum (from) == GPOINTER_TO_INT (user_data));
  return TRUE;
}

static GtkWidget *
lead_row_new (NvPlan       *plan,
              NvAgendaItem *item,
              const char   *property,
              NvLead        shown_for)
{
  GtkWidget *row = nv_field_row_new (plan, NV_RECORD (item), property);

  g_object_bind_property_full (item, "lead", row, "visible", G_BINDING_SYNC_CREATE,
                               lead_to_visible, NULL, GINT_TO_POINTER (shown_for), NULL);
  return row;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  static const char * const fields[] = { "title", "duration", "kind", "lead", NULL };
  static const char * const more_fields[] = { "case-number", "attachments", NULL };
  static const char * const minutes_fields[] = { "background", "recommendation", "decision", "minutes-notes", NULL };
  NvAgendaEditor *self = user_data;
  GPtrArray *minutes_rows;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *time_label = gtk_label_new (NULL);
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenuModel) menu = item_menu_new (item);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_object_set_data (G_OBJECT (row), ITEM_KEY, item);
  g_object_set_data (G_OBJECT (row), TIME_LABEL_KEY, time_label);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  gtk_widget_set_tooltip_text (handle, _("Drag to move the item"));
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect_object (drag, "prepare", G_CALLBACK (on_drag_prepare_cb), item, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);

  /* The clock times make a column */
  gtk_label_set_width_chars (GTK_LABEL (time_label), 13);
  gtk_label_set_xalign (GTK_LABEL (time_label), 0);
  gtk_widget_add_css_class (time_label, "numeric");
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), time_label);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_widget_set_tooltip_text (menu_button, _("Item Menu"));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), menu_button);

  for (guint i = 0; fields[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_field_row_new (self->plan, item, fields[i]));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), lead_row_new (self->plan, item, "lead-person", NV_LEAD_PERSON));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), lead_row_new (self->plan, item, "lead-text", NV_LEAD_OTHER));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_long_text_row_new (item, "notes"));
  for (guint i = 0; more_fields[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_field_row_new (self->plan, item, more_fields[i]));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), nv_links_row_new (item, "attachments"));

  /* The item's minutes, next to its clock time; locked once approved */
  minutes_rows = g_ptr_array_new ();
  for (guint i = 0; minutes_fields[i] != NULL; i++)
    {
      GtkWidget *minutes_row = nv_long_text_row_new (item, minutes_fields[i]);

      g_ptr_array_add (minutes_rows, minutes_row);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), minutes_row);
    }
  g_object_set_data_full (G_OBJECT (row), MINUTES_ROWS_KEY, minutes_rows, (GDestroyNotify) g_ptr_array_unref);
  update_minutes_lock (self, row);

  return row;
}

static void
on_agenda_changed_cb (NvAgendaEditor *self)
{
  refresh (self);
}

/* ───────────────── Actions ───────────────── */

/* The item whose row holds the keyboard focus, if any */
static NvAgendaItem *
focused_item (NvAgendaEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *widget = root ? gtk_root_get_focus (root) : NULL;

  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_get_parent (widget) == GTK_WIDGET (self->list))
      return g_object_get_data (G_OBJECT (widget), ITEM_KEY);

  return NULL;
}

static GtkWidget *
find_first_entry_row (GtkWidget *widget)
{
  if (ADW_IS_ENTRY_ROW (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_first_entry_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Scrolls the page so that @widget shows */
static void
scroll_to_show (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  /* In the scrolled window's terms: 0 is the top of what shows */
  if (scrolled == NULL || !gtk_widget_compute_bounds (widget, scrolled, &bounds))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < 0)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > page)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y + MIN (bounds.size.height, page) - page);
}

static gboolean
focus_when_shown_cb (gpointer user_data)
{
  gtk_widget_grab_focus (GTK_WIDGET (user_data));
  return G_SOURCE_REMOVE;
}

/* A row just made or opened is laid out in a later frame, and the page
 * scrolled to the focus by bounds it did not have yet: a new item at the
 * end stayed out of view. Once it has its full height and stays where it
 * is from one frame to the next (rows above move while the list grows),
 * it is scrolled into view. */
static gboolean
show_when_laid_out_cb (GtkWidget     *widget,
                       GdkFrameClock *clock,
                       gpointer       user_data)
{
  GtkWidget *list = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX);
  int *last_y = user_data;
  graphene_rect_t bounds;
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, &height, NULL, NULL, NULL);
  if (list == NULL || !gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, list, &bounds) || bounds.size.height < height ||
      (int) bounds.origin.y != *last_y)
    {
      *last_y = list != NULL && gtk_widget_compute_bounds (widget, list, &bounds) ? (int) bounds.origin.y : -1;
      return G_SOURCE_CONTINUE;
    }

  scroll_to_show (widget);
  return G_SOURCE_REMOVE;
}

/* Opens @item's row and puts the cursor in its title, to type at once */
static void
edit_item (NvAgendaEditor *self,
           NvAgendaItem   *item)
{
  guint position;
  GtkListBoxRow *row;
  GtkWidget *title;

  if (!nv_record_list_find (agenda (self), NV_RECORD (item), &position))
    return;

  row = gtk_list_box_get_row_at_index (self->list, position);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);

  /* The first field is the title; while the row opens it may not take
   * the focus yet */
  title = find_first_entry_row (GTK_WIDGET (row));
  if (title == NULL)
    title = GTK_WIDGET (row);
  if (!gtk_widget_grab_focus (title))
    g_idle_add_full (G_PRIORITY_DEFAULT, focus_when_shown_cb, g_object_ref (title), g_object_unref);
  gtk_widget_add_tick_callback (title, show_when_laid_out_cb, g_new0 (int, 1), g_free);
}

static void
add_item (NvAgendaEditor *self)
{
  NvAgendaItem *focused = focused_item (self);
  g_autoptr(NvAgendaItem) item = nv_agenda_item_new ();
  guint position = g_list_model_get_n_items (G_LIST_MODEL (agenda (self)));
  NvHistory *history = nv_plan_get_history (self->plan);

  /* After the item being worked on, as when typing a list */
  if (focused != NULL && nv_record_list_find (agenda (self), NV_RECORD (focused), &position))
    position++;

  g_free (nv_record_make_id (NV_RECORD (item)));
  nv_history_begin_group (history, _("New Agenda Item"));
  nv_agenda_item_set_title (item, _("New item"));
  nv_record_list_insert (agenda (self), position, NV_RECORD (item));
  nv_history_end_group (history);

  edit_item (self, item);
}

static void
move_item (NvAgendaEditor *self,
           NvAgendaItem   *item,
           int             offset)
{
  guint position, n = g_list_model_get_n_items (G_LIST_MODEL (agenda (self)));
  gboolean expanded;
  GtkListBoxRow *row;

  if (item == NULL || !nv_record_list_find (agenda (self), NV_RECORD (item), &position) ||
      (offset < 0 && position == 0) || (offset > 0 && position + 1 >= n))
    return;

  row = gtk_list_box_get_row_at_index (self->list, position);
  expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row));
  nv_record_list_move (agenda (self), position, position + offset);

  /* The row was made again: keep it open, with the cursor in it, so the
   * next Alt+arrow moves the same item */
  row = gtk_list_box_get_row_at_index (self->list, position + offset);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), expanded);
  if (!expanded || !gtk_widget_grab_focus (find_first_entry_row (GTK_WIDGET (row))))
    gtk_widget_child_focus (GTK_WIDGET (row), GTK_DIR_TAB_FORWARD);
}

static void
add_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  add_item (NV_AGENDA_EDITOR (widget));
}

static void
move_up_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);

  move_item (self, parameter ? lookup_item (self, parameter) : focused_item (self), -1);
}

static void
move_down_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);

  move_item (self, parameter ? lookup_item (self, parameter) : focused_item (self), +1);
}

static void
duplicate_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  NvAgendaItem *item = parameter ? lookup_item (self, parameter) : focused_item (self);
  g_autoptr(NvAgendaItem) copy = NULL;
  guint position;

  if (item == NULL || !nv_record_list_find (agenda (self), NV_RECORD (item), &position))
    return;

  copy = nv_agenda_item_duplicate (item);
  nv_record_list_insert (agenda (self), position + 1, NV_RECORD (copy));
}

/* A message; with @undoable, one whose Undo takes back what it reports */
static void
show_toast (NvAgendaEditor *self,
            const char     *title,
            gboolean        undoable)
{
  AdwToast *toast = nv_toast_new (title);

  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  nv_toast_show (GTK_WIDGET (self), toast);
}

static NvMeeting *
next_meeting (NvAgendaEditor *self)
{
  NvMeeting *next = nv_meeting_find_next (self->meeting);

  if (next == NULL)
    show_toast (self, _("There is no next meeting in this network"), FALSE);
  return next;
}

static char *
meeting_name (NvMeeting *meeting)
{
  return g_strdup (nv_meeting_get_name (meeting));
}

static void
move_to_next_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  NvAgendaItem *item = lookup_item (self, parameter);
  NvMeeting *next = next_meeting (self);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (item == NULL || next == NULL)
    return;

  name = meeting_name (next);
  nv_agenda_item_move_to (item, next);
  message = g_strdup_printf (_("Moved to “%s”"), name);
  show_toast (self, message, TRUE);
}

static void
copy_to_next_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  NvMeeting *next = next_meeting (self);
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (next == NULL)
    return;

  name = meeting_name (next);
  nv_agenda_copy_to (self->meeting, next);
  message = g_strdup_printf (_("Agenda copied to “%s”"), name);
  show_toast (self, message, TRUE);
}

static void
copy_text_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  g_autofree char *text = nv_agenda_to_text (self->plan, self->meeting);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  nv_toast_show (widget, nv_toast_new (_("Agenda copied, ready to paste into an e-mail")));
}

/* ───────────────── Templates ───────────────── */

/* The user's own templates, shared by every window of this process */
static NvPlan *
user_templates (void)
{
  static NvPlan *store;

  if (store == NULL)
    {
      g_autoptr(GError) error = NULL;

      store = nv_user_templates_load (&error);
      if (store == NULL)
        {
          g_warning ("Your agenda templates could not be read: %s", error->message);
          store = nv_plan_new ();
        }
    }
  return store;
}

static void
save_user_templates (NvAgendaEditor *self)
{
  g_autoptr(GError) error = NULL;

  if (!nv_user_templates_save (user_templates (), &error))
    show_toast (self, error->message, FALSE);
}

static void
append_template_section (GMenu      *menu,
                         const char *label,
                         const char *prefix,
                         GListModel *templates,
                         NvPlan     *also_in)
{
  g_autoptr(GMenu) section = g_menu_new ();
  guint n = g_list_model_get_n_items (templates);

  for (guint i = 0; i < n; i++)
    {
      NvTemplate *template = NV_TEMPLATE (nv_record_list_peek (NV_RECORD_LIST (templates), i));

      /* Saved from this plan, it is listed once, as the plan's */
      if (also_in != NULL && nv_plan_lookup (also_in, nv_record_get_id (NV_RECORD (template))) != NULL)
        continue;
      g_autofree char *target = g_strconcat (prefix, nv_record_get_id (NV_RECORD (template)), NULL);
      g_autofree char *name = nv_menu_label (nv_template_get_name (template) ? nv_template_get_name (template)
                                                                           : _("Untitled template"));
      g_autoptr(GMenuItem) item = g_menu_item_new (name, NULL);

      g_menu_item_set_action_and_target (item, "agenda.apply-template", "s", target);
      g_menu_append_item (section, item);
    }

  if (g_menu_model_get_n_items (G_MENU_MODEL (section)) > 0)
    g_menu_append_section (menu, label, G_MENU_MODEL (section));
}

/* Made again whenever a list of templates changes */
static void
update_templates_menu (NvAgendaEditor *self)
{
  g_autoptr(GMenu) builtin_section = g_menu_new ();
  g_autoptr(GMenu) suggested_section = g_menu_new ();
  guint n;
  const NvAgendaTemplate *builtin = nv_agenda_templates_get_builtin (&n);

  if (self->plan == NULL)
    return;

  g_menu_remove_all (self->templates_menu);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(builtin[i].name), NULL);
      g_autofree char *target = g_strconcat ("builtin:", builtin[i].id, NULL);

      g_menu_item_set_action_and_target (item, "agenda.apply-template", "s", target);
      /* Only the seeds' agendas are "from the guides"; the one-hour
       * meeting is our own (seed 004 gives only its length) */
      g_menu_append_item (builtin[i].source != NULL ? builtin_section : suggested_section, item);
    }
  g_menu_append_section (self->templates_menu, _("From the Guides"), G_MENU_MODEL (builtin_section));
  /* Translators: the templates menu's section of the program's own agendas */
  g_menu_append_section (self->templates_menu, _("Suggested"), G_MENU_MODEL (suggested_section));
  append_template_section (self->templates_menu, _("This Plan’s"), "plan:", nv_plan_get_templates (self->plan), NULL);
  append_template_section (self->templates_menu, _("Yours"), "user:", nv_plan_get_templates (user_templates ()), self->plan);
}

static void
apply_template_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  const char *target = g_variant_get_string (parameter, NULL);
  NvRecord *template = NULL;

  if (g_str_has_prefix (target, "builtin:"))
    {
      const NvAgendaTemplate *builtin = nv_agenda_templates_lookup (target + strlen ("builtin:"));

      if (builtin != NULL)
        nv_agenda_template_apply (builtin, self->meeting);
      return;
    }

  if (g_str_has_prefix (target, "plan:"))
    template = nv_plan_lookup (self->plan, target + strlen ("plan:"));
  else if (g_str_has_prefix (target, "user:"))
    template = nv_plan_lookup (user_templates (), target + strlen ("user:"));

  if (NV_IS_TEMPLATE (template))
    nv_template_apply (NV_TEMPLATE (template), self->meeting);
}

/* Undo on "Saved as the template": both copies go, the plan's through
 * its history and the one in the user's folder */
static void
on_saved_template_undo_cb (AdwToast       *toast,
                           NvAgendaEditor *self)
{
  const char *id = g_object_get_data (G_OBJECT (toast), "nv-template-id");
  NvRecordList *user_list = NV_RECORD_LIST (nv_plan_get_templates (user_templates ()));
  NvRecordList *plan_list = self->plan != NULL ? NV_RECORD_LIST (nv_plan_get_templates (self->plan)) : NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (user_list));

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (nv_record_get_id (nv_record_list_peek (user_list, i)), id) == 0)
      {
        nv_record_list_remove (user_list, i);
        save_user_templates (self);
        break;
      }

  n = plan_list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (plan_list)) : 0;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (nv_record_get_id (nv_record_list_peek (plan_list, i)), id) == 0)
      {
        nv_plan_delete_record (self->plan, nv_record_list_peek (plan_list, i), _("Delete Template"));
        break;
      }
}

static void
on_save_template_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              NvAgendaEditor   *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(NvTemplate) template = NULL;
  g_autoptr(NvRecord) kept = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "save") || name[0] == '\0')
    return;

  /* One copy in the plan, for everyone who opens it; one for the user's
   * other plans */
  template = nv_template_new_from_meeting (self->meeting, name);
  kept = nv_record_copy (NV_RECORD (template));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_templates (self->plan)), NV_RECORD (template));
  nv_record_list_append (NV_RECORD_LIST (nv_plan_get_templates (user_templates ())), kept);
  save_user_templates (self);

  message = g_strdup_printf (_("Saved as the template “%s”"), name);
  {
    AdwToast *toast = nv_toast_new (message);

    /* Not win.undo: that takes back the plan's copy only */
    adw_toast_set_button_label (toast, _("_Undo"));
    g_object_set_data_full (G_OBJECT (toast), "nv-template-id",
                            g_strdup (nv_record_get_id (NV_RECORD (template))), g_free);
    g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_saved_template_undo_cb), self, 0);
    nv_toast_show (GTK_WIDGET (self), toast);
  }
}

static void
save_template_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Save Agenda as Template"),
                                              _("The template is kept in this plan and for your other plans."));
  GtkWidget *entry = gtk_entry_new ();
  const char *title = nv_meeting_get_title (self->meeting);

  gtk_editable_set_text (GTK_EDITABLE (entry), title != NULL ? title : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_save_template_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A template of the user's own, in the manage window: renamed or
 * deleted at once, and saved */
static void
on_template_delete_cb (GtkButton      *button,
                       NvAgendaEditor *self)
{
  NvRecord *template = g_object_get_data (G_OBJECT (button), "template");
  guint position;

  /* The plan's own, through its history (Ctrl+Z brings it back) */
  if (nv_record_get_parent (template) == NV_RECORD (self->plan))
    {
      nv_plan_delete_record (self->plan, template, _("Delete Template"));
      return;
    }

  if (nv_record_list_find (NV_RECORD_LIST (nv_plan_get_templates (user_templates ())), template, &position))
    {
      nv_record_list_remove (NV_RECORD_LIST (nv_plan_get_templates (user_templates ())), position);
      save_user_templates (self);
    }
}

static void
on_user_template_renamed_cb (NvAgendaEditor *self)
{
  save_user_templates (self);
}

static GtkWidget *
create_template_row (gpointer item,
                     gpointer user_data)
{
  NvAgendaEditor *self = user_data;
  GtkWidget *row = nv_field_row_new (self->plan, item, "name");
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_widget_set_tooltip_text (button, _("Delete Template"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "template", item);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_template_delete_cb), self, 0);
  if (nv_record_get_parent (item) == NV_RECORD (user_templates ()))
    g_signal_connect_object (item, "notify::name", G_CALLBACK (on_user_template_renamed_cb), self, G_CONNECT_SWAPPED);

  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), button);
  return row;
}

static GtkWidget *
template_group_new (NvAgendaEditor *self,
                    const char     *title,
                    const char     *description,
                    GListModel     *templates)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), nv_list_placeholder_new (_("No templates yet")));
  gtk_list_box_bind_model (GTK_LIST_BOX (list), templates, create_template_row, self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  return group;
}

static void
manage_templates_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (widget);
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = adw_preferences_page_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Agenda Templates"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (window), FALSE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (template_group_new (self, _("This Plan’s"),
                                                                       _("Saved in the plan file, for everyone who opens it"),
                                                                       nv_plan_get_templates (self->plan))));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page),
                            ADW_PREFERENCES_GROUP (template_group_new (self, _("Yours"),
                                                                       _("Kept for all your plans"),
                                                                       nv_plan_get_templates (user_templates ()))));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (GTK_WINDOW (window));
}

/* ───────────────── Public ───────────────── */

void
nv_agenda_editor_show (NvAgendaEditor *self,
                       NvPlan         *plan,
                       NvMeeting      *meeting)
{
  g_return_if_fail (NV_IS_AGENDA_EDITOR (self));

  if (self->plan != plan)
    {
      if (self->plan != NULL)
        g_clear_signal_handler (&self->history_handler, nv_plan_get_history (self->plan));
      g_set_object (&self->plan, plan);
      self->history_handler = g_signal_connect_object (nv_plan_get_history (plan), "changed",
                                                       G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (nv_plan_get_templates (plan), "items-changed",
                               G_CALLBACK (update_templates_menu), self, G_CONNECT_SWAPPED);
      update_templates_menu (self);
    }

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (nv_meeting_get_agenda (self->meeting), on_agenda_changed_cb, self);
  g_set_object (&self->meeting, meeting);

  gtk_list_box_bind_model (self->list, nv_meeting_get_agenda (meeting), create_row, self, NULL);
  /* After the list box has made its rows */
  g_signal_connect_object (nv_meeting_get_agenda (meeting), "items-changed",
                           G_CALLBACK (on_agenda_changed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  refresh (self);
}

/* ───────────────── Class ───────────────── */

static void
nv_agenda_editor_dispose (GObject *object)
{
  NvAgendaEditor *self = NV_AGENDA_EDITOR (object);

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_func (nv_meeting_get_agenda (self->meeting), on_agenda_changed_cb, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), NV_TYPE_AGENDA_EDITOR);
  g_clear_object (&self->meeting);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (nv_agenda_editor_parent_class)->dispose (object);
}

static void
nv_agenda_editor_class_init (NvAgendaEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = nv_agenda_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/example/Netvaerk/ui/nv-agenda-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, NvAgendaEditor, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, NvAgendaEditor, list);
  gtk_widget_class_bind_template_child (widget_class, NvAgendaEditor, total_label);
  gtk_widget_class_bind_template_child (widget_class, NvAgendaEditor, end_label);
  gtk_widget_class_bind_template_child (widget_class, NvAgendaEditor, templates_menu);

  gtk_widget_class_install_action (widget_class, "agenda.add", NULL, add_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-up", "s", move_up_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-down", "s", move_down_activated);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", "s", duplicate_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-focused-up", NULL, move_up_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-focused-down", NULL, move_down_activated);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate-focused", NULL, duplicate_activated);
  gtk_widget_class_install_action (widget_class, "agenda.move-to-next", "s", move_to_next_activated);
  gtk_widget_class_install_action (widget_class, "agenda.copy-to-next", NULL, copy_to_next_activated);
  gtk_widget_class_install_action (widget_class, "agenda.copy-text", NULL, copy_text_activated);
  gtk_widget_class_install_action (widget_class, "agenda.apply-template", "s", apply_template_activated);
  gtk_widget_class_install_action (widget_class, "agenda.save-template", NULL, save_template_activated);
  gtk_widget_class_install_action (widget_class, "agenda.manage-templates", NULL, manage_templates_activated);

  /* Typing a list: Ctrl+Return starts the next item (see init);
   * Alt+arrows move one */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move-focused-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move-focused-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "agenda.duplicate-focused", NULL);
}

static void
nv_agenda_editor_init (NvAgendaEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Also from an item's notes, whose text view would take it as a line */
  nv_add_capture_shortcut (GTK_WIDGET (self), GDK_KEY_Return, GDK_CONTROL_MASK, "agenda.add");
  nv_add_capture_shortcut (GTK_WIDGET (self), GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "agenda.add");

  gtk_list_box_set_placeholder (self->list,
                                nv_list_placeholder_new (_("No agenda items yet: add one, or start from a template")));
  g_signal_connect_object (nv_plan_get_templates (user_templates ()), "items-changed",
                           G_CALLBACK (update_templates_menu), self, G_CONNECT_SWAPPED);
}
