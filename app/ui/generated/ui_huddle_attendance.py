# Generated from forms/huddle_attendance.ui by packaging/build_ui.py: do not edit; edit the .ui file and rebuild.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HuddleAttendance(object):
    def setupUi(self, attendanceGroup):
        if not attendanceGroup.objectName():
            attendanceGroup.setObjectName(u"attendanceGroup")
        self.attendanceLayout = QVBoxLayout(attendanceGroup)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.addAttendeeRow = QHBoxLayout()
        self.addAttendeeRow.setObjectName(u"addAttendeeRow")
        self.attendeeLabel = QLabel(attendanceGroup)
        self.attendeeLabel.setObjectName(u"attendeeLabel")

        self.addAttendeeRow.addWidget(self.attendeeLabel)

        self.attendeeName = QLineEdit(attendanceGroup)
        self.attendeeName.setObjectName(u"attendeeName")

        self.addAttendeeRow.addWidget(self.attendeeName)

        self.attendeeRoleLabel = QLabel(attendanceGroup)
        self.attendeeRoleLabel.setObjectName(u"attendeeRoleLabel")

        self.addAttendeeRow.addWidget(self.attendeeRoleLabel)

        self.attendeeRole = QComboBox(attendanceGroup)
        self.attendeeRole.setObjectName(u"attendeeRole")
        self.attendeeRole.setEditable(False)

        self.addAttendeeRow.addWidget(self.attendeeRole)


        self.attendanceLayout.addLayout(self.addAttendeeRow)

        self.attendeeButtons = QHBoxLayout()
        self.attendeeButtons.setObjectName(u"attendeeButtons")
        self.addAttendee = QPushButton(attendanceGroup)
        self.addAttendee.setObjectName(u"addAttendee")

        self.attendeeButtons.addWidget(self.addAttendee)

        self.removeAttendee = QPushButton(attendanceGroup)
        self.removeAttendee.setObjectName(u"removeAttendee")

        self.attendeeButtons.addWidget(self.removeAttendee)

        self.attendeeButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendeeButtons.addItem(self.attendeeButtonsSpacer)


        self.attendanceLayout.addLayout(self.attendeeButtons)

        self.attendees = QListWidget(attendanceGroup)
        self.attendees.setObjectName(u"attendees")
        self.attendees.setMaximumHeight(16777215)

        self.attendanceLayout.addWidget(self.attendees)

        self.roleCounts = QLabel(attendanceGroup)
        self.roleCounts.setObjectName(u"roleCounts")

        self.attendanceLayout.addWidget(self.roleCounts)

#if QT_CONFIG(shortcut)
        self.attendeeLabel.setBuddy(self.attendeeName)
        self.attendeeRoleLabel.setBuddy(self.attendeeRole)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.attendeeName, self.attendeeRole)
        QWidget.setTabOrder(self.attendeeRole, self.addAttendee)
        QWidget.setTabOrder(self.addAttendee, self.removeAttendee)
        QWidget.setTabOrder(self.removeAttendee, self.attendees)

        self.retranslateUi(attendanceGroup)

        QMetaObject.connectSlotsByName(attendanceGroup)
    # setupUi

    def retranslateUi(self, attendanceGroup):
        attendanceGroup.setTitle(QCoreApplication.translate("HuddleAttendance", u"Attendance", None))
        self.attendeeLabel.setText(QCoreApplication.translate("HuddleAttendance", u"&Who is here", None))
#if QT_CONFIG(accessibility)
        self.attendeeName.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Add a person to the attendance", None))
#endif // QT_CONFIG(accessibility)
        self.attendeeName.setPlaceholderText(QCoreApplication.translate("HuddleAttendance", u"type a name and press Enter", None))
        self.attendeeRoleLabel.setText(QCoreApplication.translate("HuddleAttendance", u"R&ole (new people)", None))
#if QT_CONFIG(accessibility)
        self.attendeeRole.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Role for a new person", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.addAttendee.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Add person to attendance", None))
#endif // QT_CONFIG(accessibility)
        self.addAttendee.setText(QCoreApplication.translate("HuddleAttendance", u"&Add person", None))
#if QT_CONFIG(accessibility)
        self.removeAttendee.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"Remove selected person from attendance", None))
#endif // QT_CONFIG(accessibility)
        self.removeAttendee.setText(QCoreApplication.translate("HuddleAttendance", u"Remove selected", None))
#if QT_CONFIG(accessibility)
        self.attendees.setAccessibleName(QCoreApplication.translate("HuddleAttendance", u"People at this huddle", None))
#endif // QT_CONFIG(accessibility)
        self.roleCounts.setText("")
    # retranslateUi

